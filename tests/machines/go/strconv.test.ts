import { describe, expect, it } from 'vitest';
import { formatG, goQuote, goUnquote, utf8Bytes, utf8Length, utf8Prefix } from '../../../machines/go/strconv';
import { goParseBool, goParseInt } from '../../../machines/go/strconv';

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

describe('Go strconv parsing (pflag int and bool flags)', () => {
  it('ParseInt with base 0 reads Go literal prefixes and underscores', () => {
    expect(goParseInt('0x1F')).toEqual({ ok: true, value: 31 });
    expect(goParseInt('0o17')).toEqual({ ok: true, value: 15 });
    expect(goParseInt('1_000')).toEqual({ ok: true, value: 1000 });
    expect(goParseInt('-12')).toEqual({ ok: true, value: -12 });
  });

  it('ParseInt reports syntax and range errors with Go texts', () => {
    expect(goParseInt('ten')).toEqual({ ok: false, error: 'strconv.ParseInt: parsing "ten": invalid syntax' });
    expect(goParseInt('9223372036854775808')).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "9223372036854775808": value out of range',
    });
  });

  it('ParseBool takes Go spellings only', () => {
    expect(goParseBool('T')).toEqual({ ok: true, value: true });
    expect(goParseBool('False')).toEqual({ ok: true, value: false });
    expect(goParseBool('yes')).toEqual({ ok: false, error: 'strconv.ParseBool: parsing "yes": invalid syntax' });
  });
});
