/**
 * `docker logs` (container/logs.go; daemon/logs.go, logstream WriteLogStream): the engine keeps a
 * container's output across its restarts until it is removed. Checked on a real engine: the
 * order and streams, --tail, --details, -f on a stopped container, the since error text.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator, createInterruptSource } from '../../machines/index';
import { must, sim } from './helpers';

const SCRIPT = "sh -c 'echo one; echo two >&2; sleep 1; echo three; exit 4'";

describe('exited', () => {
  it('docker logs prints stdout and stderr apart, in order', async () => {
    const s = sim();
    await must(s, `docker run -d --name job busybox ${SCRIPT}`);
    await s.advance(2000);
    expect(await s.exec('docker logs job')).toEqual({ stdout: 'one\nthree\n', stderr: 'two\n', exitCode: 0 });
    expect(await s.exec('docker container logs --tail 1 job')).toEqual({ stdout: 'three\n', stderr: '', exitCode: 0 });
    expect(await s.exec('docker logs --tail 0 job')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('keeps the output of every run: a restart appends to it', async () => {
    const s = sim();
    await must(s, `docker run -d --name job busybox ${SCRIPT}`);
    await s.advance(2000);
    await must(s, 'docker start job');
    await s.advance(2000);
    expect((await s.exec('docker logs job')).stdout).toBe('one\nthree\none\nthree\n');
  });

  it('-t prefixes each line with its time, nine fractional digits, and --since/--until cut by it', async () => {
    const s = sim();
    await must(s, `docker run -d --name job busybox ${SCRIPT}`);
    await s.advance(2000);
    expect((await s.exec('docker logs -t job')).stdout).toBe(
      '2026-01-01T00:00:00.000000000Z one\n2026-01-01T00:00:01.000000000Z three\n',
    );
    expect((await s.exec('docker logs --since 2026-01-01T00:00:01Z job')).stdout).toBe('three\n');
    expect((await s.exec('docker logs --until 2026-01-01T00:00:00Z job')).stdout).toBe('one\n');
  });

  it('--details puts the (empty) attributes and a space in front of each line', async () => {
    const s = sim();
    await must(s, `docker run -d --name job busybox ${SCRIPT}`);
    await s.advance(2000);
    expect((await s.exec('docker logs --details job')).stdout).toBe(' one\n three\n');
  });

  it('-f on a stopped container prints and returns at once', async () => {
    const s = sim({ autoAdvance: false });
    await must(s, "docker run -d --name job busybox sh -c 'echo done'");
    expect(await s.exec('docker logs -f job')).toEqual({ stdout: 'done\n', stderr: '', exitCode: 0 });
  });

  it('an unparsable --since is the client’s error, exit 1', async () => {
    const s = sim();
    await must(s, 'docker create --name job busybox');
    expect(await s.exec('docker logs --since bad job')).toEqual({
      stdout: '',
      stderr: 'invalid value for "since": failed to parse value as time or duration: "bad"\n',
      exitCode: 1,
    });
  });
});

describe('created', () => {
  it('a container that never ran has an empty log', async () => {
    const s = sim();
    await must(s, 'docker create --name new busybox');
    expect(await s.exec('docker logs new')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('running', () => {
  it('-f follows a running container until its process ends', async () => {
    const s = sim({ autoAdvance: false });
    await must(s, "docker run -d --name tick busybox sh -c 'for i in 1 2 3; do echo $i; sleep 1; done'");
    const follow = s.exec('docker logs -f tick');
    await s.advance(1500);
    await s.advance(2000);
    expect(await follow).toEqual({ stdout: '1\n2\n3\n', stderr: '', exitCode: 0 });
  });

  it('-f ends with Ctrl+C (exit 130) and leaves the container running', async () => {
    const s = sim({ autoAdvance: false });
    await must(s, 'docker run -d --name web nginx');
    const keys = createInterruptSource();
    const follow = s.exec('docker logs -f web', { interrupts: keys });
    keys.interrupt();
    expect((await follow).exitCode).toBe(130);
    expect(s.inspect('web')?.State.Status).toBe('running');
  });

  it('LiveSimulator.logs gives the lines with their times and streams', async () => {
    const s = createSimulator({ seed: 1 });
    await must(s, `docker run -d --name job busybox ${SCRIPT}`);
    await s.advance(2000);
    expect(s.logs('job')).toEqual([
      { timeNano: Date.UTC(2026, 0, 1) * 1e6, stream: 'stdout', text: 'one\n' },
      { timeNano: Date.UTC(2026, 0, 1) * 1e6, stream: 'stderr', text: 'two\n' },
      { timeNano: (Date.UTC(2026, 0, 1) + 1000) * 1e6, stream: 'stdout', text: 'three\n' },
    ]);
    expect(s.logs('nope')).toBeUndefined();
  });
});

describe('dead and removed', () => {
  it('a dead container’s log cannot be read', async () => {
    const s = sim();
    await must(s, 'docker create --name gone busybox');
    await s.inject('gone', { type: 'rm-fails' });
    await s.exec('docker rm gone');
    expect(await s.exec('docker logs gone')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: can not get logs from container which is dead or marked for removal\n',
      exitCode: 1,
    });
  });

  it('a removed container has no log left', async () => {
    const s = sim();
    await must(s, 'docker run --name job busybox echo hi');
    await must(s, 'docker rm job');
    expect((await s.exec('docker logs job')).stderr).toBe('Error response from daemon: No such container: job\n');
  });
});
