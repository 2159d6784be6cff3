import { describe, expect, it } from 'vitest';
import { IMAGES } from '../../../machines/images';
import { compileScript } from '../../../machines/process/compile';
import type { ProgramContext } from '../../../machines/process/programs';
import { naturalEnd, runOutput, trapMoment, type RunRecord } from '../../../machines/process/timeline';

const ctx = (image = 'busybox'): ProgramContext => ({
  image: IMAGES[image]!,
  env: {},
  stdin: false,
  tty: false,
  service: null,
  failing: false,
  mainCommand: 'sh',
  user: 'root',
  workdir: '/',
});

const run = (extra: Partial<RunRecord> = {}): RunRecord => ({ start: 0, end: null, pauses: [], signals: [], ...extra });
const text = (lines: { text: string }[]) => lines.map((l) => l.text).join('');

describe('compileScript runs a script ahead of time', () => {
  it('turns a finite script into lines and sleeps, with its exit code', () => {
    const c = compileScript('echo a; sleep 2; echo b; exit 3', ctx(), 'ash');
    expect(c.loop).toBeNull();
    expect(c.exitCode).toBe(3);
    expect(naturalEnd(c, run())).toBe(2000);
    expect(text(runOutput(c, run(), 5000, 'h'))).toBe('a\nb\n');
  });

  it('decides && and || from the statuses it knows', () => {
    const c = compileScript('false && echo no; false || echo yes; true && echo ok', ctx(), 'ash');
    expect(text(runOutput(c, run(), 0, 'h'))).toBe('yes\nok\n');
  });

  it('an endless loop becomes the loop; what follows is never reached', () => {
    const c = compileScript('echo start; while true; do echo tick; sleep 1; done; echo never', ctx(), 'ash');
    expect(c.loop).toHaveLength(2);
    expect(naturalEnd(c, run())).toBeNull();
    expect(text(runOutput(c, run(), 2500, 'h'))).toBe('start\ntick\ntick\ntick\n');
  });

  it('a loop that never waits writes once and spins', () => {
    const c = compileScript('while :; do echo spin; done', ctx(), 'ash');
    expect(text(runOutput(c, run(), 10_000, 'h'))).toBe('spin\n');
  });

  it('for loops, $VAR, ${VAR}, $? and $(…) expand', () => {
    const c = compileScript(
      'X=1; for i in a b; do echo "$i${X}"; done; nosuch; echo $?; echo "$(hostname)"',
      ctx(),
      'ash',
    );
    expect(text(runOutput(c, run(), 0, 'abc'))).toBe('a1\nb1\nsh: nosuch: not found\n127\nabc\n');
  });

  it('records traps and when they run: at the end of a foreground sleep, at once in wait', () => {
    const c = compileScript("trap 'echo bye; exit 5' TERM; while true; do sleep 2; done", ctx(), 'ash');
    expect(c.traps[15]).toEqual({ kind: 'run', lines: [{ stream: 'stdout', text: 'bye\n' }], exit: 5 });
    expect(trapMoment(c, run(), 3000)).toBe(4000);
    const w = compileScript("trap 'exit 0' TERM; sleep 100 & wait", ctx(), 'ash');
    expect(trapMoment(w, run(), 3000)).toBe(3000);
    const forever = compileScript("trap 'exit 0' TERM; sleep infinity", ctx(), 'ash');
    expect(trapMoment(forever, run(), 3000)).toBeNull();
  });

  it('writes a trap’s lines when the signal runs it', () => {
    const c = compileScript("trap 'echo got; exit 1' TERM; echo up; while true; do sleep 1; done", ctx(), 'ash');
    const r = run({ signals: [{ signal: 15, at: 1500 }], end: 2000 });
    expect(runOutput(c, r, 9000, 'h').map((l) => `${l.at} ${l.text}`)).toEqual(['0 up\n', '2000 got\n']);
  });

  it('a sleep whose end falls while frozen ends at the thaw', () => {
    const c = compileScript('sleep 2; echo after', ctx(), 'ash');
    expect(naturalEnd(c, run({ pauses: [{ from: 1000, to: 5000 }] }))).toBe(5000);
    expect(naturalEnd(c, run({ pauses: [{ from: 100, to: 500 }] }))).toBe(2000);
  });

  it('exec replaces the shell with the program', () => {
    const c = compileScript('echo prep; exec sleep 100', ctx(), 'ash');
    expect(c.exec).toEqual(['sleep', '100']);
    expect(text(runOutput(c, run(), 0, 'h'))).toBe('prep\n');
  });

  it('speaks as dash on Debian-based images and as bash for bash -c', () => {
    expect(text(runOutput(compileScript('nosuch', ctx('debian'), 'dash'), run(), 0, 'h'))).toBe(
      'sh: 1: nosuch: not found\n',
    );
    expect(text(runOutput(compileScript('/etc', ctx('debian'), 'bash'), run(), 0, 'h'))).toBe(
      'bash: line 1: /etc: Is a directory\n',
    );
  });
});
