/**
 * The terminal's shell session, without a page: lines in, transcript out.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../machines/index';
import { ShellSession, type TranscriptEntry } from '../../../machines/shell/session';

function session(autoAdvance = true) {
  const sim = createSimulator({ seed: 1, autoAdvance });
  return { sim, shell: new ShellSession(sim) };
}

const text = (e: TranscriptEntry | undefined) =>
  (e?.output ?? []).map((c) => (c.stream === 'hint' ? `<${c.hint.id}>` : c.text)).join('');
const last = (shell: ShellSession) => shell.snapshot().entries.at(-1);

describe('a shell session', () => {
  it('runs docker commands and echoes them in the transcript with their output and exit code', async () => {
    const { shell } = session();
    await shell.submit('docker run -d --name web nginx');
    await shell.submit('docker pause nope');
    expect(last(shell)).toMatchObject({ line: 'docker pause nope', source: 'typed', result: { exitCode: 1 } });
    expect(text(last(shell))).toBe('Error response from daemon: No such container: nope\n');
    await shell.submit(`echo "it's $?"`);
    expect(text(last(shell))).toBe("it's 1\n");
  });

  it('holds the prompt while a command waits, queues lines typed meanwhile, and runs them after it', async () => {
    const { sim, shell } = session(false);
    await shell.submit('docker run -d --name web busybox sleep 1000');
    const stopping = shell.submit('docker stop web');
    expect(shell.snapshot().holding).toBe(true);
    void shell.submit('docker ps -a --format "{{.Status}}"');
    expect(shell.snapshot().queue).toEqual(['docker ps -a --format "{{.Status}}"']);
    await sim.advance(10_000);
    await stopping;
    await new Promise((r) => setTimeout(r, 0));
    expect(shell.snapshot().holding).toBe(false);
    expect(shell.snapshot().queue).toEqual([]);
    expect(text(last(shell))).toMatch(/^Exited \(137\)/);
  });

  it('forwards Ctrl+C to a foreground run, says why an ignored one did nothing, and gives up at the third', async () => {
    const { shell } = session(false);
    const running = shell.submit('docker run --name fg busybox sleep 1000');
    shell.interrupt('');
    expect(text(last(shell))).toBe('^C\n<sigint>');
    expect(last(shell)?.output.at(-1)).toEqual({ stream: 'hint', hint: { id: 'sigint', left: 2 } });
    shell.interrupt('');
    shell.interrupt('');
    await running;
    expect(last(shell)?.result?.exitCode).toBe(1);
    expect(text(last(shell))).toContain('got 3 SIGTERM/SIGINTs, forcefully exiting');
  });

  it('ends a foreground nginx with one Ctrl+C (it exits on SIGINT): no hint', async () => {
    const { shell } = session(false);
    const running = shell.submit('docker run --name fg nginx');
    shell.interrupt('');
    await running;
    expect(last(shell)?.output.some((c) => c.stream === 'hint')).toBe(false);
    expect(last(shell)?.result?.exitCode).toBe(0);
  });

  it('drops the line being edited on Ctrl+C at the prompt, with $? 130', async () => {
    const { shell } = session();
    shell.interrupt('docker ps -');
    expect(last(shell)).toMatchObject({ line: 'docker ps -^C', result: { exitCode: 130 } });
    await shell.submit('echo $?');
    expect(text(last(shell))).toBe('130\n');
  });

  it('continues a line with an open quote at >, and gives up on it at Ctrl+D with bash’s error', async () => {
    const { shell } = session();
    await shell.submit("echo 'a");
    expect(shell.snapshot().continued).toBe("echo 'a");
    await shell.submit("b'");
    expect(text(last(shell))).toBe('a\nb\n');
    await shell.submit('echo "x');
    expect(shell.endOfInput('')).toBe(true);
    expect(last(shell)).toMatchObject({ result: { exitCode: 2 } });
    expect(text(last(shell))).toBe('bash: unexpected EOF while looking for matching `"\'\n');
  });

  it('runs lists with && and || on $?, and expands $(docker ps -aq)', async () => {
    const { shell, sim } = session();
    await shell.submit('docker run -d --name web nginx; docker run -d --name db redis');
    await shell.submit('docker pause nope && echo never || echo fallback');
    expect(text(last(shell))).toBe('fallback\n');
    await shell.submit('docker rm -f $(docker ps -aq)');
    expect(sim.inspect('web')).toBeUndefined();
    expect(sim.inspect('db')).toBeUndefined();
    expect(last(shell)?.line).toBe('docker rm -f $(docker ps -aq)');
  });

  it('names pipes and redirections as not simulated, with exit code 2', async () => {
    const { shell } = session();
    await shell.submit('docker ps | grep web');
    expect(last(shell)).toMatchObject({ result: { exitCode: 2 } });
    expect(last(shell)?.output).toEqual([{ stream: 'hint', hint: { id: 'operator', operator: '|' } }]);
  });

  it('echoes clicked commands and faults in order with typed ones; a click sets $?', async () => {
    const { shell, sim } = session();
    await shell.click('docker run -d --name web nginx');
    shell.fault('web: the process exits with 3', () => void sim.inject('web', { type: 'exit', code: 3 }));
    await shell.click('docker unpause web');
    await shell.submit('echo $?');
    expect(shell.snapshot().entries.map((e) => [e.source, e.line])).toEqual([
      ['click', 'docker run -d --name web nginx'],
      ['fault', '# web: the process exits with 3'],
      ['click', 'docker unpause web'],
      ['shell', 'echo $?'],
    ]);
    expect(text(last(shell))).toBe('1\n');
  });

  it('records the step of each docker command, and keeps a history', async () => {
    const { shell, sim } = session();
    await shell.submit('docker run -d --name web nginx');
    await shell.submit('history');
    const step = shell.snapshot().entries[0]?.step;
    expect(sim.step(step ?? -1)?.label).toBe('docker run -d --name web nginx');
    expect(text(last(shell))).toBe('    1  docker run -d --name web nginx\n    2  history\n');
  });

  it('gives the next typed line to a command that asks (docker container prune without -f)', async () => {
    const { sim, shell } = session();
    await shell.submit('docker create --name old busybox');
    const pruning = shell.submit('docker container prune');
    await new Promise((r) => setTimeout(r, 0));
    expect(shell.snapshot().holding).toBe(true);
    expect(text(last(shell))).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
    );
    await shell.submit('y');
    await pruning;
    expect(text(last(shell))).toMatch(/\[y\/N\] y\nDeleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect(sim.inspect('old')).toBeUndefined();
  });
});

describe('a script run as typed (runScript)', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('runs every line in order, each entry marked with its line number', async () => {
    const { shell, sim } = session();
    await shell.runScript(lines('docker run -d --name web nginx', 'docker pause web'));
    expect(sim.inspect('web')?.State.Status).toBe('paused');
    expect(shell.snapshot().entries.map((e) => [e.source, e.scriptLine, e.line])).toEqual([
      ['script', 1, 'docker run -d --name web nginx'],
      ['script', 2, 'docker pause web'],
    ]);
    expect(shell.snapshot().holding).toBe(false);
  });

  it('settles while a foreground run holds the prompt: its container runs, the rest queue behind it', async () => {
    const { shell, sim } = session();
    await shell.runScript(lines('docker run --name fg nginx', 'docker run -d --name web nginx', 'docker ps -a'));
    expect(sim.inspect('fg')?.State.Status).toBe('running');
    expect(sim.inspect('web')).toBeUndefined();
    expect(shell.snapshot()).toMatchObject({
      holding: true,
      queue: ['docker run -d --name web nginx', 'docker ps -a'],
    });
    expect(last(shell)).toMatchObject({ line: 'docker run --name fg nginx', scriptLine: 1, result: null });
  });

  it('passes Ctrl+C to the line that waits, then runs the rest of the script (typed-ahead lines are dropped)', async () => {
    const { shell, sim } = session();
    await shell.runScript(lines('docker run --name fg nginx', 'docker run -d --name web nginx'));
    void shell.submit('docker run -d --name typed nginx');
    expect(shell.snapshot().queue).toEqual(['docker run -d --name web nginx', 'docker run -d --name typed nginx']);
    shell.interrupt('');
    for (let i = 0; i < 5; i++) await tick();
    expect(sim.inspect('fg')?.State).toMatchObject({ Status: 'exited', ExitCode: 0 });
    expect(sim.inspect('web')?.State.Status).toBe('running');
    expect(sim.inspect('typed')).toBeUndefined();
    expect(shell.snapshot()).toMatchObject({ holding: false, queue: [] });
    expect(last(shell)).toMatchObject({ scriptLine: 2, result: { exitCode: 0 } });
  });

  it('holds on docker events and on -it as a terminal would', async () => {
    for (const waiting of ['docker events', 'docker run -it --name sh ubuntu bash']) {
      const { shell } = session();
      await shell.runScript(lines(waiting, 'docker ps'));
      expect(shell.snapshot(), waiting).toMatchObject({ holding: true, queue: ['docker ps'] });
    }
  });

  it('keeps going past a bad line, whose entry has its number and its own error', async () => {
    const { shell, sim } = session();
    await shell.runScript(lines('docker run -d --name web nginx', 'docker paws web', 'ls -la', 'docker pause web'));
    expect(sim.inspect('web')?.State.Status).toBe('paused');
    const failed = shell.snapshot().entries.filter((e) => (e.result?.exitCode ?? 0) !== 0);
    expect(failed.map((e) => [e.scriptLine, text(e)])).toEqual([
      [2, "docker: unknown command: docker paws\n\nRun 'docker --help' for more information\n"],
      [3, 'bash: ls: command not found\n'],
    ]);
  });

  it('marks a line the shell itself refuses (a pipe) with its number too, and keeps it out of the history', async () => {
    const { shell } = session();
    await shell.runScript(lines('docker ps | grep web'));
    expect(last(shell)).toMatchObject({ scriptLine: 1, result: { exitCode: 2 } });
    expect(shell.history()).toEqual([]);
  });
});
