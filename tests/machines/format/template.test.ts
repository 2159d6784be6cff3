import { describe, expect, it } from 'vitest';
import {
  goTitle,
  executeTemplate,
  isTableFormat,
  parseTemplate,
  templateString,
} from '../../../machines/format/template';
import { STRING, STRING_MAP, STRING_SLICE, type GoValue } from '../../../machines/go/template/types';

const DATA: GoValue = {
  t: {
    kind: 'struct',
    name: 'test.Row',
    fields: [
      { name: 'Name', type: STRING },
      { name: 'Args', type: STRING_SLICE },
      { name: 'Labels', type: STRING_MAP },
    ],
  },
  v: {
    Name: 'web server',
    Args: ['nginx', '-g', 'daemon off;'],
    Labels: { b: '2', a: '<1>' },
  },
};

function render(format: string, header = false): { out: string; error?: string } {
  const p = parseTemplate(format);
  if (!p.ok) return { out: '', error: p.error };
  return executeTemplate(p.template, DATA, { header });
}

describe("docker's template functions (templates/templates.go)", () => {
  it('json encodes without HTML escaping', () => {
    expect(render('{{json .Labels}}').out).toBe('{"a":"<1>","b":"2"}');
    expect(render('{{json .Args}}').out).toBe('["nginx","-g","daemon off;"]');
  });

  it('split and join work on strings and slices', () => {
    expect(render('{{split .Name " "}}').out).toBe('[web server]');
    expect(render('{{join .Args ","}}').out).toBe('nginx,-g,daemon off;');
    expect(render('{{join (split .Name " ") "+"}}').out).toBe('web+server');
  });

  it('join of a map joins its sorted values', () => {
    expect(render('{{join .Labels ";"}}').out).toBe('2;<1>');
  });

  it('join of a string is an error calling join', () => {
    expect(render('{{join .Name ","}}').error).toBe(
      'template: :1:2: executing "" at <join .Name ",">: error calling join: expected slice, got string',
    );
  });

  it('title, lower and upper change case', () => {
    expect(render('{{title .Name}}|{{upper .Name}}|{{lower "ABC"}}').out).toBe('Web Server|WEB SERVER|abc');
    expect(goTitle('hello_world-x y')).toBe('Hello_world-X Y');
  });

  it('pad adds spaces only around a non-empty string', () => {
    expect(render('[{{pad .Name 2 1}}][{{pad "" 2 1}}]').out).toBe('[  web server ][]');
  });

  it('truncate cuts to a byte length', () => {
    expect(render('{{truncate .Name 3}}|{{truncate .Name 99}}').out).toBe('web|web server');
  });

  it('println is the Go builtin', () => {
    expect(render('{{println .Name 1}}').out).toBe('web server 1\n');
  });

  it('header rendering keeps json, upper, truncate… as identity but still pads', () => {
    const header: GoValue = {
      t: { kind: 'map', elem: STRING },
      v: { Name: 'NAME' },
    };
    const p = parseTemplate('{{json .Name}} {{upper .Name}} {{truncate .Name 2}} {{pad .Name 1 1}}');
    if (!p.ok) throw new Error(p.error);
    expect(executeTemplate(p.template, header, { header: true }).out).toBe('NAME NAME NAME  NAME ');
  });
});

describe('Go template error texts', () => {
  it('an unknown function is a parse error', () => {
    expect(render('{{InvalidFunction}}').error).toBe('template: :1: function "InvalidFunction" not defined');
  });

  it('an unclosed action is a parse error', () => {
    expect(render('{{.Name').error).toBe('template: :1: unclosed action');
  });

  it('an unknown field names the Go type and the column of the field', () => {
    expect(render('x {{.Foo}}').error).toBe(
      `template: :1:4: executing "" at <.Foo>: can't evaluate field Foo in type test.Row`,
    );
  });

  it('nil is not a command', () => {
    expect(render('{{nil}}').error).toBe('template: :1:2: executing "" at <nil>: nil is not a command');
  });

  it('a function given the wrong type says so', () => {
    expect(render('{{upper .Args}}').error).toBe(
      'template: :1:8: executing "" at <.Args>: wrong type for value; expected string; got []string',
    );
  });
});

describe('--format pre-processing (formatter.Format)', () => {
  it('a table prefix marks a table and is cut off with the surrounding spaces', () => {
    expect(isTableFormat('table {{.ID}}')).toBe(true);
    expect(isTableFormat('{{.ID}}')).toBe(false);
    expect(templateString('table {{.ID}}\\t{{.Names}}')).toBe('{{.ID}}\t{{.Names}}');
  });

  it('turns the escapes \\t and \\n into a tab and a newline', () => {
    expect(templateString('{{.ID}}\\n{{.Names}}')).toBe('{{.ID}}\n{{.Names}}');
  });

  it('"table" alone is an empty template and "json" is {{json .}}', () => {
    expect(templateString('table')).toBe('');
    expect(templateString('json')).toBe('{{json .}}');
  });

  it('trims only spaces, not other whitespace', () => {
    expect(templateString('  {{.ID}}\n ')).toBe('{{.ID}}\n');
  });
});
