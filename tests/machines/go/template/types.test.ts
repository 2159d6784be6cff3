import { describe, expect, it } from 'vitest';
import {
  IFACE,
  INT64,
  STRING_MAP,
  STRING_SLICE,
  compareBytes,
  dynamic,
  fieldValue,
  typeName,
  zeroOf,
} from '../../../../machines/go/template/types';

describe('the Go type model', () => {
  it('names types as reflect does', () => {
    expect(typeName(STRING_SLICE)).toBe('[]string');
    expect(typeName({ kind: 'map', elem: IFACE })).toBe('map[string]interface {}');
    expect(
      typeName({
        kind: 'ptr',
        elem: {
          kind: 'struct',
          name: 'formatter.ContainerContext',
          fields: [],
        },
      }),
    ).toBe('*formatter.ContainerContext');
    expect(typeName(INT64)).toBe('int64');
  });

  it('decodes JSON data into interface values', () => {
    expect(dynamic('x')?.t.kind).toBe('string');
    expect(dynamic(3)?.t.kind).toBe('number');
    expect(dynamic(null)).toBeNull();
    expect(typeName(dynamic({ a: 1 })?.t ?? IFACE)).toBe('map[string]interface {}');
  });

  it('reads a missing field as the zero value', () => {
    expect(zeroOf(STRING_MAP).v).toBeNull();
    expect(fieldValue({}, { name: 'N', type: INT64 })).toEqual({
      t: INT64,
      v: 0,
    });
  });

  it('sorts keys in byte order', () => {
    expect(['b', 'B', 'a', 'é'].sort(compareBytes)).toEqual(['B', 'a', 'b', 'é']);
  });
});
