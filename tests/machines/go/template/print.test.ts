import { describe, expect, it } from 'vitest';
import { formatFloatV, formatV, printAction } from '../../../../machines/go/template/print';
import {
  BOOL,
  IFACE,
  INT,
  STRING,
  STRING_MAP,
  STRING_SLICE,
  type GoType,
} from '../../../../machines/go/template/types';

const STATE: GoType = {
  kind: 'struct',
  name: 'container.State',
  fields: [
    { name: 'Status', type: STRING },
    { name: 'Running', type: BOOL },
    { name: 'Error', type: STRING },
    { name: 'Pid', type: INT },
    {
      name: 'Health',
      type: {
        kind: 'ptr',
        elem: { kind: 'struct', name: 'container.Health', fields: [] },
      },
    },
  ],
};

describe("fmt's %v as templates print values", () => {
  it('prints a struct as its fields in braces, nil pointers inside as <nil>', () => {
    expect(
      formatV({
        t: STATE,
        v: {
          Status: 'exited',
          Running: false,
          Error: '',
          Pid: 0,
          Health: null,
        },
      }),
    ).toBe('{exited false  0 <nil>}');
  });

  it('prints slices, maps with sorted keys and nil collections', () => {
    expect(formatV({ t: STRING_SLICE, v: ['a', 'b c'] })).toBe('[a b c]');
    expect(formatV({ t: STRING_SLICE, v: null })).toBe('[]');
    expect(formatV({ t: STRING_MAP, v: { name: 'web', image: 'busybox' } })).toBe('map[image:busybox name:web]');
    expect(formatV({ t: STRING_MAP, v: null })).toBe('map[]');
  });

  it('an action dereferences pointers and prints an invalid value as <no value>', () => {
    expect(printAction({ t: { kind: 'ptr', elem: BOOL }, v: true })).toBe('true');
    expect(printAction({ t: { kind: 'ptr', elem: BOOL }, v: null })).toBe('<nil>');
    expect(printAction(null)).toBe('<no value>');
  });

  it('prints interface values by their dynamic content', () => {
    expect(
      formatV({
        t: { kind: 'map', elem: IFACE },
        v: { a: 1, b: null, c: ['x'] },
      }),
    ).toBe('map[a:1 b:<nil> c:[x]]');
  });

  it("formats floats like strconv's 'g' with the shortest digits", () => {
    expect(formatFloatV(1.5)).toBe('1.5');
    expect(formatFloatV(1e6)).toBe('1e+06');
    expect(formatFloatV(123456)).toBe('123456');
    expect(formatFloatV(0.00001)).toBe('1e-05');
  });
});
