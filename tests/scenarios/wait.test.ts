/**
 * `docker wait` (container/wait.go; daemon/wait.go, container/state.go Wait): blocks until each
 * container stops, one after another, and prints its exit code. Checked on a real engine: an
 * exited and a created container answer at once, a missing one is reported at the end (exit 1),
 * and a restart policy's exit ends the wait with that exit's code.
 */
import { describe, expect, it } from 'vitest';
import { createInterruptSource } from '../../machines/index';
import { eventsOf, must, sim, sinceT0 } from './helpers';

describe('running', () => {
  it('docker wait blocks until the process exits and prints its code', async () => {
    const s = sim();
    await must(s, "docker run -d --name job busybox sh -c 'sleep 2; exit 3'");
    expect(await s.exec('docker wait job')).toEqual({ stdout: '3\n', stderr: '', exitCode: 0 });
    expect(sinceT0(eventsOf(s, s.inspect('job')?.Id ?? '').at(-1))).toBe(2000);
  });

  it('a stop from elsewhere ends the wait with the stop’s exit code', async () => {
    const s = sim({ autoAdvance: false });
    await must(s, 'docker run -d --name web nginx');
    const waiting = s.exec('docker wait web');
    await s.advance(1000);
    expect(await s.exec('docker stop web')).toMatchObject({ exitCode: 0 });
    expect(await waiting).toEqual({ stdout: '0\n', stderr: '', exitCode: 0 });
  });

  it('with a restart policy the first exit ends the wait (SetRestarting wakes the waiters)', async () => {
    const s = sim();
    await must(s, "docker run -d --name loop --restart always busybox sh -c 'sleep 1; exit 7'");
    expect(await s.exec('docker wait loop')).toEqual({ stdout: '7\n', stderr: '', exitCode: 0 });
    expect(s.inspect('loop')?.State.Status).toBe('restarting');
  });

  it('Ctrl+C ends the wait (exit 130) and leaves the container running', async () => {
    const s = sim({ autoAdvance: false });
    await must(s, 'docker run -d --name web nginx');
    const keys = createInterruptSource();
    const waiting = s.exec('docker wait web', { interrupts: keys });
    keys.interrupt();
    expect(await waiting).toEqual({ stdout: '', stderr: '', exitCode: 130 });
  });
});

describe('created and exited', () => {
  it('answers at once with the current exit code, several containers in order, errors at the end', async () => {
    const s = sim();
    await must(s, "docker run -d --name aa busybox sh -c 'sleep 2; exit 3'");
    await must(s, 'docker create --name bb busybox');
    await must(s, "docker run -d --name cc --restart always busybox sh -c 'sleep 1; exit 7'");
    expect(await s.exec('docker container wait aa bb nope cc')).toEqual({
      stdout: '3\n0\n7\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });

  it('a container whose start failed answers with the start’s exit code', async () => {
    const s = sim();
    await s.exec('docker run --name bad busybox nosuchcmd');
    expect(await s.exec('docker wait bad')).toEqual({ stdout: '127\n', stderr: '', exitCode: 0 });
  });
});
