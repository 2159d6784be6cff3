import { describe, expect, it } from 'vitest';
import { createInterruptSource, createSimulator } from '../../machines/index';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Ctrl+C during a foreground docker run', () => {
  it('forwards SIGINT to the container, which dies of it when it has no reason to ignore it (top: 130)', async () => {
    const sim = createSimulator({ seed: 1 });
    const ctrlC = createInterruptSource();
    const run = sim.exec('docker run --name web busybox top', { interrupts: ctrlC });
    await flush();
    expect(sim.inspect('web')?.State.Status).toBe('running');
    ctrlC.interrupt();
    expect(await run).toEqual({ stdout: '', stderr: '', exitCode: 130 });
    const actions = sim
      .events()
      .map((e) => `${e.Action}${e.Actor.Attributes.signal ? `(${e.Actor.Attributes.signal})` : ''}`);
    expect(actions).toEqual(['create', 'attach', 'start', 'kill(2)', 'die']);
  });

  it('leaves a PID 1 that ignores SIGINT running, and gives up at the third press as docker does', async () => {
    const sim = createSimulator({ seed: 1 });
    const ctrlC = createInterruptSource();
    let result: unknown = null;
    void sim.exec('docker run --name web busybox sleep infinity', { interrupts: ctrlC }).then((r) => (result = r));
    await flush();
    ctrlC.interrupt();
    ctrlC.interrupt();
    await flush();
    expect(result).toBeNull();
    ctrlC.interrupt();
    await flush();
    expect(result).toEqual({ stdout: '', stderr: '\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n', exitCode: 1 });
    expect(sim.inspect('web')?.State.Status).toBe('running');
    expect(sim.events().filter((e) => e.Action === 'kill')).toHaveLength(3);
  });

  it('does not forward signals with --sig-proxy=false', async () => {
    const sim = createSimulator({ seed: 1 });
    const ctrlC = createInterruptSource();
    void sim.exec('docker run --sig-proxy=false --name web busybox top', { interrupts: ctrlC });
    await flush();
    ctrlC.interrupt();
    await flush();
    expect(sim.events().some((e) => e.Action === 'kill')).toBe(false);
  });

  it("with --sig-proxy=false still gives up at the third press (the CLI's own handler), leaving top running", async () => {
    const sim = createSimulator({ seed: 1 });
    const keys = createInterruptSource();
    const attached: unknown[] = [];
    const run = sim.exec('docker run --sig-proxy=false --name web busybox top', {
      interrupts: keys,
      onAttach: (a) => attached.push(a),
    });
    await flush();
    expect(attached).toEqual([{ mode: 'no-proxy', stdin: false }]);
    keys.interrupt();
    keys.interrupt();
    keys.interrupt();
    expect(await run).toEqual({ stdout: '', stderr: '\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n', exitCode: 1 });
    expect(sim.inspect('web')?.State.Status).toBe('running');
  });
});

describe('keys on an interactive container (-i, -it)', () => {
  it('-it: Ctrl+C goes to the TTY (the shell ignores it, the CLI never gives up), Ctrl+D ends the shell with 0', async () => {
    const sim = createSimulator({ seed: 1 });
    const keys = createInterruptSource();
    const attached: unknown[] = [];
    let result: unknown = null;
    void sim
      .exec('docker run -it --name box busybox sh', { interrupts: keys, onAttach: (a) => attached.push(a) })
      .then((r) => (result = r));
    await flush();
    expect(attached).toEqual([{ mode: 'raw', stdin: true }]);
    for (let i = 0; i < 4; i++) keys.interrupt();
    await flush();
    expect(result).toBeNull();
    expect(sim.inspect('box')?.State.Status).toBe('running');
    keys.endOfInput();
    await flush();
    expect(result).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(sim.events().map((e) => e.Action)).toEqual(['create', 'attach', 'start', 'die']);
  });

  it('-it: a program that dies of SIGINT dies of the Ctrl+C its TTY sends, with no kill event', async () => {
    const sim = createSimulator({ seed: 1 });
    const keys = createInterruptSource();
    const run = sim.exec('docker run -it --name tp busybox top', { interrupts: keys });
    await flush();
    keys.interrupt();
    expect(await run).toEqual({ stdout: '', stderr: '', exitCode: 130 });
    expect(sim.events().map((e) => e.Action)).toEqual(['create', 'attach', 'start', 'die']);
  });

  it('-it: Ctrl+P Ctrl+Q detaches: exit 0, a detach event, the container keeps running', async () => {
    const sim = createSimulator({ seed: 1 });
    const keys = createInterruptSource();
    const run = sim.exec('docker run -it --name box busybox sh', { interrupts: keys });
    await flush();
    keys.detach();
    expect(await run).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(sim.inspect('box')?.State.Status).toBe('running');
    expect(sim.events().at(-1)?.Action).toBe('detach');
  });

  it('-i without -t: Ctrl+D ends a shell; Ctrl+C is proxied; the detach keys need a TTY', async () => {
    const sim = createSimulator({ seed: 1 });
    const keys = createInterruptSource();
    const attached: unknown[] = [];
    let result: unknown = null;
    void sim
      .exec('docker run -i --name box busybox sh', { interrupts: keys, onAttach: (a) => attached.push(a) })
      .then((r) => (result = r));
    await flush();
    expect(attached).toEqual([{ mode: 'proxy', stdin: true }]);
    keys.detach();
    await flush();
    expect(result).toBeNull();
    keys.endOfInput();
    await flush();
    expect(result).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('Ctrl+D does nothing to a program that does not read its input, or without -i', async () => {
    const sim = createSimulator({ seed: 1 });
    const keys = createInterruptSource();
    let result: unknown = null;
    void sim.exec('docker run -i --name web nginx', { interrupts: keys }).then((r) => (result = r));
    await flush();
    keys.endOfInput();
    await flush();
    expect(result).toBeNull();
    expect(sim.inspect('web')?.State.Status).toBe('running');
  });
});

describe('Ctrl+C during other waiting commands', () => {
  it('ends docker events with exit 130 and prints the events that came before', async () => {
    const sim = createSimulator({ seed: 1 });
    const ctrlC = createInterruptSource();
    let result: { stdout: string; exitCode: number } | null = null;
    void sim.exec('docker events', { interrupts: ctrlC }).then((r) => (result = r));
    await sim.exec('docker create --name web busybox');
    await flush();
    expect(result).toBeNull();
    ctrlC.interrupt();
    await flush();
    expect(result!.exitCode).toBe(130);
    expect(result!.stdout).toMatch(/container create [0-9a-f]{64} \(image=busybox, name=web\)\n$/);
  });

  it('lets docker stop return at once with 130 while the daemon carries on with the grace period', async () => {
    const sim = createSimulator({ seed: 1, autoAdvance: false });
    await sim.exec('docker run -d --name web busybox sleep 300');
    const ctrlC = createInterruptSource();
    const stop = sim.exec('docker stop web', { interrupts: ctrlC });
    await sim.advance(2000);
    ctrlC.interrupt();
    expect(await stop).toEqual({ stdout: '', stderr: '', exitCode: 130 });
    expect(sim.inspect('web')?.State.Status).toBe('running');
    await sim.advance(8000);
    expect(sim.inspect('web')?.State).toMatchObject({ Status: 'exited', ExitCode: 137 });
  });
});
