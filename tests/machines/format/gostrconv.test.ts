import { describe, expect, it } from 'vitest';
import { formatG, goQuote, goUnquote, utf8Bytes, utf8Length, utf8Prefix } from '../../../machines/format/gostrconv';

describe('strconv.Quote', () => {
  it('quotes the COMMAND column with Go escapes', () => {
    expect(goQuote(`sh -c 'echo "hi"'`)).toBe(`"sh -c 'echo \\"hi\\"'"`);
    expect(goQuote('a\tb\n\\')).toBe('"a\\tb\\n\\\\"');
    expect(goQuote('\x01\x7f')).toBe('"\\x01\\x7f"');
  });

  it('keeps printable Unicode and the ellipsis as they are', () => {
    expect(goQuote('héllo…名前')).toBe('"héllo…名前"');
  });

  it('escapes non-printable Unicode as \\u', () => {
    expect(goQuote('a\u200bb')).toBe('"a\\u200bb"');
  });
});

describe('strconv.Unquote', () => {
  it('reads interpreted, raw and rune literals', () => {
    expect(goUnquote('"a\\tb\\x41\\u00e9"')).toBe('a\tbAé');
    expect(goUnquote('`a\\tb`')).toBe('a\\tb');
    expect(goUnquote("'x'")).toBe('x');
  });

  it('rejects bad escapes', () => {
    expect(goUnquote('"\\q"')).toBeUndefined();
    expect(goUnquote('"abc')).toBeUndefined();
  });
});

describe('byte-level helpers', () => {
  it("counts and slices UTF-8 bytes as Go's len and s[:n] do", () => {
    expect(utf8Length('aé名😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Bytes('é')).toEqual([0xc3, 0xa9]);
    expect(utf8Prefix('abc', 2)).toBe('ab');
    expect(utf8Prefix('aé', 2)).toBe('a\ufffd');
  });
});

describe("fmt's %g", () => {
  it('formats sizes the way go-units does with precision 3', () => {
    expect(formatG(4.26188, 3)).toBe('4.26');
    expect(formatG(10, 3)).toBe('10');
    expect(formatG(999.999, 3)).toBe('1e+03');
    expect(formatG(0, 3)).toBe('0');
    expect(formatG(0.00001234, 3)).toBe('1.23e-05');
  });
});
