import { describe, expect, it } from 'vitest';
import { charWidth, runeWidth, stringWidth } from '../../../machines/go/runewidth';

describe('display widths', () => {
  it('counts East Asian wide and fullwidth runes as 2 columns', () => {
    expect(charWidth('名'.codePointAt(0) ?? 0)).toBe(2);
    expect(charWidth('Ａ'.codePointAt(0) ?? 0)).toBe(2);
    expect(charWidth('a'.codePointAt(0) ?? 0)).toBe(1);
    expect(stringWidth('한국어')).toBe(6);
  });

  it('gives combining marks no width in the tabwriter', () => {
    expect(runeWidth('\u0301')).toBe(0);
    expect(stringWidth('e\u0301')).toBe(1);
  });
});
