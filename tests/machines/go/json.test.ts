import { describe, expect, it } from 'vitest';
import { jsonCompact, jsonIndent, jsonQuote } from '../../../machines/go/json';

describe('encoding/json strings', () => {
  it('json.Marshal escapes <, > and & as \\u003c, \\u003e, \\u0026', () => {
    expect(jsonQuote('<a&b>', true)).toBe('"\\u003ca\\u0026b\\u003e"');
  });

  it('an encoder with SetEscapeHTML(false) leaves them alone', () => {
    expect(jsonQuote('<a&b>', false)).toBe('"<a&b>"');
  });

  it('uses the short escapes, \\u00XX for other controls and always escapes U+2028', () => {
    expect(jsonQuote('"\\\n\r\t\b\f\x01\u2028', false)).toBe('"\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u2028"');
  });
});

describe('json.Indent', () => {
  it('indents with the given string, keeps empty objects and arrays compact', () => {
    expect(jsonIndent('[{"a":[],"b":{},"c":[1,2],"d":"x,y:{"}]', '', '    ')).toBe(
      '[\n    {\n        "a": [],\n        "b": {},\n        "c": [\n            1,\n            2\n        ],\n        "d": "x,y:{"\n    }\n]',
    );
  });

  it('drops whitespace between tokens, as between the raw elements joined by the CLI', () => {
    expect(jsonIndent('[{"a":1}\n,{"b":2}\n]', '', '  ')).toBe('[\n  {\n    "a": 1\n  },\n  {\n    "b": 2\n  }\n]');
  });
});

describe('json.Compact', () => {
  it('removes insignificant whitespace but not spaces inside strings', () => {
    expect(jsonCompact('[ {"a" : "x y"} ,\n 1 ]')).toBe('[{"a":"x y"},1]');
  });
});
