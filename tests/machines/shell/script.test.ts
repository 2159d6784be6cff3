import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../machines/shell/script';

const kinds = (source: string) => {
  const r = parseScript(source);
  if (!r.ok) throw new Error(r.error);
  return r.list.map((i) => `${i.op ?? ''}${i.command.kind}${i.background ? '&' : ''}`);
};

describe('parseScript reads the sh -c grammar the simulated shell runs', () => {
  it('splits lists on ;, newlines, && and ||, and marks background commands', () => {
    expect(kinds('echo a; echo b && false || true')).toEqual(['simple', ';simple', '&&simple', '||simple']);
    expect(kinds('echo a\necho b')).toEqual(['simple', ';simple']);
    expect(kinds('sleep 100 & wait')).toEqual(['simple&', ';simple']);
  });

  it('reads while, until, for and if, on one line or several', () => {
    expect(kinds('while true; do echo x; sleep 1; done')).toEqual(['while']);
    expect(kinds('until false\ndo\n  echo x\ndone')).toEqual(['while']);
    expect(kinds('for i in 1 2 3; do echo $i; done')).toEqual(['for']);
    expect(kinds('if test -f /x; then echo y; else echo n; fi')).toEqual(['if']);
  });

  it('keeps comments to the end of their line', () => {
    expect(kinds('echo a # not b\necho c')).toEqual(['simple', ';simple']);
  });

  it('reads >&2, 2>&1 and >/dev/null as redirections', () => {
    const r = parseScript('echo a >&2; echo b 2>&1; echo c >/dev/null');
    expect(r.ok && r.list.map((i) => (i.command.kind === 'simple' ? (i.command.stdout ?? '-') : ''))).toEqual([
      'stderr',
      '-',
      'null',
    ]);
  });

  it('names what it does not run, apart from syntax errors', () => {
    expect(parseScript('echo a | cat')).toEqual({ ok: false, error: "'|'", unsupported: true });
    expect(parseScript('cat < /etc/hosts')).toMatchObject({ ok: false, unsupported: true });
    expect(parseScript('while true; do echo')).toEqual({ ok: false, error: "missing 'done'", unsupported: false });
    expect(parseScript("echo 'open")).toMatchObject({ ok: false, unsupported: false });
  });
});
