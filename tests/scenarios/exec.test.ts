/**
 * `docker exec` (container/exec.go; daemon/exec.go, exec router, monitor.go exec_die). Checked
 * on a real engine: the exec_create / exec_start / exec_die events and their execID and
 * exitCode, the output and exit code of an attached exec, `-d`, the refusals of a paused and a
 * stopped container, a missing command (no exec_die; 126 on 20.10, 127 in v29), and exec_die 137
 * for an exec that is still running when the container stops.
 */
import { describe, expect, it } from 'vitest';
import { createInterruptSource } from '../../machines/index';
import { eventsOf, must, sim, sinceT0 } from './helpers';

const actions = (s: ReturnType<typeof sim>, id: string) =>
  eventsOf(s, id).map(
    (e) => `${e.Action}${e.Actor.Attributes.exitCode !== undefined ? ` ${e.Actor.Attributes.exitCode}` : ''}`,
  );

describe('running', () => {
  it('docker exec web echo hi prints hi and logs exec_create, exec_start and exec_die with one execID', async () => {
    const s = sim();
    const id = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
    expect(await s.exec('docker exec web echo hi')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    const evs = eventsOf(s, id).slice(2);
    expect(evs.map((e) => e.Action)).toEqual(['exec_create: echo hi', 'exec_start: echo hi', 'exec_die']);
    const execID = evs[0]?.Actor.Attributes.execID;
    expect(execID).toMatch(/^[0-9a-f]{64}$/);
    for (const e of evs) expect(e.Actor.Attributes).toMatchObject({ execID, image: 'nginx', name: 'web' });
    expect(evs[2]?.Actor.Attributes.exitCode).toBe('0');
    expect(s.inspect('web')?.State.Status).toBe('running');
  });

  it('exits with the exec’s code and keeps stdout and stderr apart (one stream with -t)', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web nginx');
    expect(await s.exec("docker exec web sh -c 'echo out; echo err >&2; exit 3'")).toEqual({
      stdout: 'out\n',
      stderr: 'err\n',
      exitCode: 3,
    });
    expect(await s.exec("docker container exec -t web sh -c 'echo out; echo err >&2'")).toEqual({
      stdout: 'out\nerr\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('-e, -w and -u reach the process', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web busybox sleep 100');
    expect(
      (await s.exec('docker exec -e GREETING=hi -w /tmp -u nobody web sh -c "echo $GREETING; pwd; whoami"')).stdout,
    ).toBe('hi\n/tmp\nnobody\n');
    expect(await s.exec('docker exec -u bob web id')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: unable to find user bob: no matching entries in passwd file\n',
      exitCode: 1,
    });
  });

  it('a command that takes time holds the CLI until it ends', async () => {
    const s = sim();
    const id = (await must(s, 'docker run -d --name web busybox sleep 100')).stdout.trim();
    await must(s, 'docker exec web sleep 2');
    expect(sinceT0(eventsOf(s, id).at(-1))).toBe(2000);
  });

  it('-d returns at once; the exec’s exec_die comes when it ends', async () => {
    const s = sim();
    const id = (await must(s, 'docker run -d --name web busybox sleep 100')).stdout.trim();
    expect(await s.exec('docker exec -d web sleep 3')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(actions(s, id).at(-1)).toBe('exec_start: sleep 3');
    await s.advance(3000);
    expect(actions(s, id).at(-1)).toBe('exec_die 0');
  });

  it('an exec still running when the container stops dies with it: exec_die 137 before die', async () => {
    const s = sim();
    const id = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
    await must(s, 'docker exec -d web sleep 100');
    await must(s, 'docker stop web');
    expect(actions(s, id).slice(-4)).toEqual(['kill', 'exec_die 137', 'die 0', 'stop']);
  });

  it('a missing command: the runtime’s error on stdout, exit 127, and no exec_die', async () => {
    const s = sim();
    const id = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
    expect(await s.exec('docker exec web nosuch')).toEqual({
      stdout:
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n',
      stderr: '',
      exitCode: 127,
    });
    expect(actions(s, id).slice(2)).toEqual(['exec_create: nosuch ', 'exec_start: nosuch ']);
    expect((await s.exec('docker exec web /etc')).exitCode).toBe(126);
  });

  it('docker exec -it web sh attaches like run -it: Ctrl+D ends the shell, exec_die 0', async () => {
    const s = sim({ autoAdvance: false });
    const id = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
    const keys = createInterruptSource();
    const attached: string[] = [];
    const session = s.exec('docker exec -it web sh', { interrupts: keys, onAttach: (a) => attached.push(a.mode) });
    await s.advance(1000);
    expect(attached).toEqual(['raw']);
    keys.interrupt();
    await s.advance(1000);
    keys.endOfInput();
    expect(await session).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(actions(s, id).at(-1)).toBe('exec_die 0');
    expect(s.inspect('web')?.State.Status).toBe('running');
  });

  it('Ctrl+P Ctrl+Q detaches from an exec -it: exec_detach, and the shell goes on', async () => {
    const s = sim({ autoAdvance: false });
    const id = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
    const keys = createInterruptSource();
    const session = s.exec('docker exec -it web sh', { interrupts: keys });
    keys.detach();
    expect((await session).exitCode).toBe(0);
    expect(actions(s, id).at(-1)).toBe('exec_detach');
  });
});

describe('paused, created, exited and restarting', () => {
  it('refuses a paused container with the reference as typed', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web nginx');
    await must(s, 'docker pause web');
    expect(await s.exec('docker exec web echo hi')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: Container web is paused, unpause the container before exec\n',
      exitCode: 1,
    });
  });

  it('refuses a container that is not running with its ID, and a restarting one as restarting', async () => {
    const s = sim();
    const id = (await must(s, 'docker create --name new busybox')).stdout.trim();
    expect((await s.exec('docker exec new echo hi')).stderr).toBe(
      `Error response from daemon: container ${id} is not running\n`,
    );
    const loop = (await must(s, 'docker run -d --name loop --restart always busybox false')).stdout.trim();
    expect((await s.exec('docker exec loop echo hi')).stderr).toBe(
      `Error response from daemon: Container ${loop} is restarting, wait until the container is running\n`,
    );
    expect(s.events().filter((e) => e.Action.startsWith('exec_'))).toEqual([]);
  });

  it('a missing container is reported before anything else', async () => {
    expect(await sim().exec('docker exec nope echo hi')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });
});
