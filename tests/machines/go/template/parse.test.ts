import { describe, expect, it } from 'vitest';
import { parseError } from './helpers';

describe("text/template's parser errors", () => {
  it.each([
    ['{{InvalidFunction}}', 'template: :1: function "InvalidFunction" not defined'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{if .X}}a', 'template: :1: unexpected EOF'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{.ID', 'template: :1: unclosed action'],
    ['{{.ID\n', 'template: :2: unclosed action started at :1'],
    ['{{.A | "x"}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{3x}}', 'template: :1: bad number syntax: "3x"'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{(.A}}', 'template: :1: unclosed left paren'],
    ['{{.A)}}', 'template: :1: unexpected right paren'],
    ['{{.A}', "template: :1: bad character U+007D '}'"],
  ])('%j fails with %j', (format, error) => {
    expect(parseError(format)).toBe(error);
  });

  it('accepts if/else if/range/with/define/template and comments', () => {
    expect(
      parseError(
        '{{/* c */}}{{if .A}}a{{else if .B}}b{{else}}c{{end}}{{range $i, $v := .L}}{{$i}}{{break}}{{end}}{{with .W}}{{.}}{{end}}{{define "t"}}x{{end}}{{template "t" .}}',
      ),
    ).toBeUndefined();
  });
});
