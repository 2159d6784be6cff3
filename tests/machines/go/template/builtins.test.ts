import { describe, expect, it } from 'vitest';
import { INT, STRING, STRING_MAP, STRING_SLICE, type GoValue } from '../../../../machines/go/template/types';
import { run } from './helpers';

const DATA: GoValue = {
  t: {
    kind: 'struct',
    name: 'test.D',
    fields: [
      { name: 'S', type: STRING },
      { name: 'N', type: INT },
      { name: 'L', type: STRING_SLICE },
      { name: 'M', type: STRING_MAP },
      { name: 'T', type: { kind: 'string', name: 'events.Type' } },
    ],
  },
  v: { S: 'web', N: 3, L: ['a', 'b'], M: { name: 'web' }, T: 'container' },
};

describe("Go's template builtins", () => {
  it('and / or return the deciding operand and short-circuit', () => {
    expect(run('{{and .S .N}}|{{and "" .Nope}}|{{or "" .S}}|{{or .N .Nope}}', DATA).out).toBe('3||web|3');
  });

  it('not, len and index', () => {
    expect(run('{{not .S}} {{len .S}} {{len .L}} {{len .M}} {{index .L 1}} {{index .M "name"}}', DATA).out).toBe(
      'false 3 2 1 b web',
    );
    expect(run('[{{index .M "missing"}}]', DATA).out).toBe('[]');
  });

  it('index out of range is an error calling index', () => {
    expect(run('{{index .L 5}}', DATA).error).toBe(
      'template: :1:2: executing "" at <index .L 5>: error calling index: index out of range: 5',
    );
  });

  it('eq, ne, lt, le, gt and ge compare basic kinds', () => {
    expect(
      run('{{eq .S "web"}} {{eq .S "x" "web"}} {{ne .N 3}} {{lt .N 4}} {{le .N 3}} {{gt .S "a"}} {{ge .N 4}}', DATA)
        .out,
    ).toBe('true true false true true true false');
  });

  it('eq compares a named string type with a string, but not a string with a number', () => {
    expect(run('{{eq .T "container"}}', DATA).out).toBe('true');
    expect(run('{{eq .S 1}}', DATA).error).toBe(
      'template: :1:2: executing "" at <eq .S 1>: error calling eq: incompatible types for comparison',
    );
  });

  it('print, printf and println format like fmt', () => {
    expect(run('{{print .S .N .N "x"}}|{{printf "%s=%d %q %v" .S .N .S .L}}|{{println .S .N}}', DATA).out).toBe(
      'web3 3x|web=3 "web" [a b]|web 3\n',
    );
  });

  it('html, js and urlquery escape', () => {
    expect(run(`{{html "<a href='x'>&"}}|{{js "a'b<"}}|{{urlquery "a b&c"}}`, DATA).out).toBe(
      "&lt;a href=&#39;x&#39;&gt;&amp;|a\\'b\\u003C|a+b%26c",
    );
  });

  it('slice cuts strings and slices', () => {
    expect(run('{{slice .S 1}} {{slice .L 0 1}}', DATA).out).toBe('eb [a]');
  });

  it('a builtin with the wrong number of arguments fails', () => {
    expect(run('{{len}}', DATA).error).toBe(
      'template: :1:2: executing "" at <len>: wrong number of args for len: want 1 got 0',
    );
  });
});
