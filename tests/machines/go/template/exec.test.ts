import { describe, expect, it } from 'vitest';
import {
  BOOL,
  INT,
  STRING,
  STRING_MAP,
  STRING_SLICE,
  type GoType,
  type GoValue,
} from '../../../../machines/go/template/types';
import { run } from './helpers';

const INNER: GoType = {
  kind: 'struct',
  name: 'test.Inner',
  fields: [{ name: 'N', type: INT }],
};
const OUTER: GoType = {
  kind: 'ptr',
  elem: {
    kind: 'struct',
    name: 'test.Outer',
    fields: [
      { name: 'S', type: STRING },
      { name: 'B', type: BOOL },
      { name: 'L', type: STRING_SLICE },
      { name: 'M', type: STRING_MAP },
      { name: 'P', type: { kind: 'ptr', elem: INNER } },
      { name: 'Nil', type: { kind: 'ptr', elem: INNER } },
    ],
    methods: {
      Greet: {
        params: [STRING],
        result: STRING,
        call: (_r, a) => `hi ${String(a[0]?.v)}`,
      },
    },
  },
};
const DATA: GoValue = {
  t: OUTER,
  v: {
    S: 'x',
    B: true,
    L: ['a', 'b', 'c'],
    M: { k: 'v' },
    P: { N: 7 },
    Nil: null,
  },
};

describe("text/template's executor", () => {
  it('prints fields, nested pointer fields and whole values like fmt', () => {
    expect(run('{{.S}} {{.B}} {{.L}} {{.M}} {{.P.N}} {{.P}} {{.Nil}}', DATA).out).toBe(
      'x true [a b c] map[k:v] 7 {7} <nil>',
    );
  });

  it('a missing map key prints <no value>, or fails with missingkey=error', () => {
    expect(run('{{.M.nope}}', DATA).out).toBe('<no value>');
    expect(run('{{.M.nope}}', DATA, true).error).toBe(
      'template: :1:4: executing "" at <.M.nope>: map has no entry for key "nope"',
    );
  });

  it('a field through a nil pointer is a nil pointer error', () => {
    expect(run('{{.Nil.N}}', DATA).error).toBe(
      'template: :1:6: executing "" at <.Nil.N>: nil pointer evaluating *test.Inner.N',
    );
  });

  it('an unknown field names the pointer type it was looked up on', () => {
    expect(run('{{.Nope}}', DATA).error).toBe(
      `template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *test.Outer`,
    );
  });

  it('calls methods with arguments and refuses arguments to fields', () => {
    expect(run('{{.Greet "you"}}', DATA).out).toBe('hi you');
    expect(run('{{.S "x"}}', DATA).error).toBe(
      'template: :1:2: executing "" at <.S>: S has arguments but cannot be invoked as function',
    );
    expect(run('{{.Greet}}', DATA).error).toBe(
      'template: :1:2: executing "" at <.Greet>: wrong number of args for Greet: want 1 got 0',
    );
  });

  it('runs if / else if / else, with and range with variables', () => {
    expect(run('{{if not .B}}1{{else if .S}}2{{else}}3{{end}}', DATA).out).toBe('2');
    expect(run('{{with .P}}{{.N}}{{end}}{{with .Nil}}x{{else}}none{{end}}', DATA).out).toBe('7none');
    expect(run('{{range $i, $e := .L}}{{$i}}={{$e}} {{end}}', DATA).out).toBe('0=a 1=b 2=c ');
    expect(run('{{range $k, $v := .M}}{{$k}}:{{$v}}{{end}}', DATA).out).toBe('k:v');
    expect(run('{{range .Nope2}}{{end}}', { t: STRING_MAP, v: {} }).out).toBe('');
  });

  it('supports break, continue and range else', () => {
    expect(
      run('{{range .L}}{{if eq . "b"}}{{continue}}{{end}}{{if eq . "c"}}{{break}}{{end}}{{.}}{{end}}', DATA).out,
    ).toBe('a');
    expect(run('{{range .M.none}}x{{else}}empty{{end}}', DATA).out).toBe('empty');
  });

  it('passes the pipeline value as the last argument', () => {
    expect(run('{{.S | printf "%s-%s" "a"}}', DATA).out).toBe('a-x');
  });

  it('declares and assigns variables', () => {
    expect(run('{{$x := "a"}}{{$x}}{{$x = "y"}}{{$x}}{{$}}', { t: STRING, v: 'top' }).out).toBe('aytop');
  });

  it('keeps what was written before an error', () => {
    const r = run('ok {{.Nope}} never', DATA);
    expect(r.out).toBe('ok ');
    expect(r.error).toContain("can't evaluate field Nope");
  });

  it('reports the line and byte column of the failing node', () => {
    expect(run('a\né{{.Nope}}', DATA).error).toBe(
      `template: :2:4: executing "" at <.Nope>: can't evaluate field Nope in type *test.Outer`,
    );
  });

  it('executes defined templates', () => {
    expect(run('{{define "t"}}[{{.}}]{{end}}{{template "t" .S}}', DATA).out).toBe('[x]');
  });
});
