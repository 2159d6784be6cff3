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
