import { describe, expect, it } from 'vitest';
import { Lexer, itemString, type Item } from '../../../../machines/go/template/lex';

function lexAll(input: string): Array<[string, string]> {
  const l = new Lexer(input);
  const out: Array<[string, string]> = [];
  for (;;) {
    const i: Item = l.nextItem();
    out.push([i.typ, i.val]);
    if (i.typ === 'EOF' || i.typ === 'error') return out;
  }
}

describe("text/template's lexer", () => {
  it('splits text, delimiters, fields and identifiers', () => {
    expect(lexAll('a {{json .State.Status}}')).toEqual([
      ['text', 'a '],
      ['leftDelim', '{{'],
      ['identifier', 'json'],
      ['space', ' '],
      ['field', '.State'],
      ['field', '.Status'],
      ['rightDelim', '}}'],
      ['EOF', ''],
    ]);
  });

  it('trim markers remove the spaces around the action', () => {
    expect(lexAll('state: {{- .State -}} \n x')).toEqual([
      ['text', 'state:'],
      ['leftDelim', '{{'],
      ['field', '.State'],
      ['rightDelim', '}}'],
      ['text', 'x'],
      ['EOF', ''],
    ]);
  });

  it('reads strings, raw strings, numbers, variables and keywords', () => {
    expect(lexAll('{{if $x := "a\\"b"}}{{`r`}} {{-3}}{{end}}').map(([t]) => t)).toEqual([
      'leftDelim',
      'if',
      'space',
      'variable',
      'space',
      'declare',
      'space',
      'string',
      'rightDelim',
      'leftDelim',
      'rawString',
      'rightDelim',
      'text',
      'leftDelim',
      'number',
      'rightDelim',
      'leftDelim',
      'end',
      'rightDelim',
      'EOF',
    ]);
  });

  it('skips comments', () => {
    expect(lexAll('a{{/* note */}}b')).toEqual([
      ['text', 'a'],
      ['text', 'b'],
      ['EOF', ''],
    ]);
  });

  it('reports an unclosed action', () => {
    expect(lexAll('{{.ID').pop()).toEqual(['error', 'unclosed action']);
  });

  it('prints tokens the way parse errors quote them', () => {
    expect(itemString({ typ: 'end', pos: 0, val: 'end', line: 1 })).toBe('<end>');
    expect(itemString({ typ: 'string', pos: 0, val: '"abcdefghijkl"', line: 1 })).toBe('"\\"abcdefghi"...');
    expect(itemString({ typ: 'char', pos: 0, val: ',', line: 1 })).toBe('","');
  });
});
