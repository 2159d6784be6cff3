import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../../../machines/go/template/encode';
import { BOOL, INT, STRING, STRING_MAP, STRING_SLICE, type GoType } from '../../../../machines/go/template/types';

const T: GoType = {
  kind: 'struct',
  name: 'test.T',
  fields: [
    { name: 'ID', json: 'Id', type: STRING },
    { name: 'Cmd', type: STRING_SLICE },
    { name: 'Labels', type: STRING_MAP },
    { name: 'Init', omitempty: true, type: { kind: 'ptr', elem: BOOL } },
    { name: 'StopSignal', omitempty: true, type: STRING },
    { name: 'Count', type: INT },
  ],
};

describe('encoding/json of typed values', () => {
  it('follows field order and json names, nil slices and maps are null', () => {
    expect(
      encodeJson(
        {
          t: T,
          v: {
            Id: '<x>',
            Cmd: null,
            Labels: null,
            Init: null,
            StopSignal: '',
            Count: 2,
          },
        },
        false,
      ),
    ).toBe('{"Id":"<x>","Cmd":null,"Labels":null,"Count":2}');
  });

  it('omitempty drops empty values but keeps a pointer to false', () => {
    expect(
      encodeJson(
        {
          t: T,
          v: {
            Id: 'a',
            Cmd: [],
            Labels: { b: '1', a: '2' },
            Init: false,
            StopSignal: 'SIGQUIT',
            Count: 0,
          },
        },
        false,
      ),
    ).toBe('{"Id":"a","Cmd":[],"Labels":{"a":"2","b":"1"},"Init":false,"StopSignal":"SIGQUIT","Count":0}');
  });

  it('escapes HTML characters only when asked, as json.Marshal does', () => {
    expect(encodeJson({ t: STRING, v: 'a<b' }, true)).toBe('"a\\u003cb"');
    expect(encodeJson({ t: STRING, v: 'a<b' }, false)).toBe('"a<b"');
  });
});
