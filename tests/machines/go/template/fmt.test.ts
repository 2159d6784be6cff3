import { describe, expect, it } from 'vitest';
import { sprint, sprintf, sprintln } from '../../../../machines/go/template/fmt';
import { BOOL, INT, STRING, STRING_SLICE, type Val } from '../../../../machines/go/template/types';

const s = (v: string): Val => ({ t: STRING, v });
const n = (v: number): Val => ({ t: INT, v });

describe('fmt for the print builtins', () => {
  it('Sprint adds spaces only between two non-strings', () => {
    expect(sprint([n(1), n(2), s('a'), n(3), s('b'), s('c')])).toBe('1 2a3bc');
  });

  it('Sprintln separates everything with spaces and ends with a newline', () => {
    expect(sprintln([s('a'), n(1), { t: BOOL, v: true }])).toBe('a 1 true\n');
  });

  it('Sprintf handles the common verbs, widths and mistakes', () => {
    expect(
      sprintf('%s|%5s|%-4d|%05d|%q|%v|%x|%t|%%', [
        s('a'),
        s('b'),
        n(7),
        n(42),
        s('q'),
        { t: STRING_SLICE, v: ['x'] },
        n(255),
        { t: BOOL, v: false },
      ]),
    ).toBe('a|    b|7   |00042|"q"|[x]|ff|false|%');
    expect(sprintf('%d %s', [s('x')])).toBe('%!d(string=x) %!s(MISSING)');
    expect(sprintf('%s', [s('a'), n(1)])).toBe('a%!(EXTRA int=1)');
  });
});
