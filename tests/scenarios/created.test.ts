/**
 * Scenarios that start from nothing or from a `created` container: create, failed first starts,
 * name rules and image pulls (docker-lifecycle.md §1.1, §3, §4, §5 create/run/start, §9).
 */
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../machines/index';
import {
  HEX64,
  RUN_HELP,
  T0,
  ZERO_TIME,
  eventsOf,
  expectImageAndName,
  idOf,
  info,
  labels,
  must,
  rfc3339,
  sim,
  sinceT0,
  state,
} from './helpers';

const NOT_FOUND = /^Error response from daemon: .*exec: "nosuchcmd": executable file not found in \$PATH.*$/;

describe('created', () => {
  it('docker create prints the full 64-hex ID, logs only create, and leaves the container Created', async () => {
    const s = sim();
    const r = await s.exec('docker create --name web busybox sleep 1000');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const id = r.stdout.trim();
    const c = info(s, 'web');
    expect(c.Id).toBe(id);
    expect(c.Name).toBe('/web');
    expect(c.Config.Image).toBe('busybox');
    expect(c.Config.Cmd).toEqual(['sleep', '1000']);
    expect(rfc3339(c.Created)).toBe(T0);
    expect(c.State).toMatchObject({
      Status: 'created',
      Running: false,
      Paused: false,
      Restarting: false,
      Dead: false,
      ExitCode: 0,
      Pid: 0,
      Error: '',
    });
    expect(c.State.StartedAt).toBe(ZERO_TIME);
    expect(c.State.FinishedAt).toBe(ZERO_TIME);
    const evs = eventsOf(s, id);
    expect(labels(evs)).toEqual(['create']);
    expectImageAndName(evs, 'busybox', 'web');
    expect(sinceT0(evs[0])).toBe(0);
  });

  it('docker start on a created container runs it, prints the name and logs start', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    await s.advance(4000);
    expect(await s.exec('docker start web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start']);
    const st = state(s, 'web');
    expect(st).toMatchObject({ Status: 'running', Running: true, ExitCode: 0 });
    expect(st.Pid).toBeGreaterThan(0);
    expect(rfc3339(st.StartedAt) - T0).toBe(4000);
  });

  it('a command that is not on PATH fails the first start: the container stays created with ExitCode 127 and no start or die', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name app busybox nosuchcmd');
    const r = await s.exec('docker start app');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(NOT_FOUND);
    expect(lines[1]).toBe('failed to start containers: app');
    expect(lines[2]).toBe('');
    const st = state(s, 'app');
    expect(st).toMatchObject({ Status: 'created', Running: false, ExitCode: 127 });
    expect(st.Error).toContain('executable file not found in $PATH');
    expect(st.StartedAt).toBe(ZERO_TIME);
    expect(labels(eventsOf(s, id))).toEqual(['create']);
  });

  it('a failed start can be retried and fails the same way each time, still created', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name app busybox nosuchcmd');
    await s.exec('docker start app');
    const again = await s.exec('docker start app');
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/failed to start containers: app\n$/);
    expect(state(s, 'app')).toMatchObject({ Status: 'created', ExitCode: 127 });
    expect(labels(eventsOf(s, id))).toEqual(['create']);
  });

  it('docker run of a command not on PATH exits 127 with the docker: prefix and the run --help hint', async () => {
    const s = sim();
    const r = await s.exec('docker run --name app busybox nosuchcmd');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(127);
    expect(r.stderr.startsWith('docker: Error response from daemon: ')).toBe(true);
    expect(r.stderr).toContain('exec: "nosuchcmd": executable file not found in $PATH');
    expect(r.stderr.endsWith(`${RUN_HELP}\n`)).toBe(true);
    const c = info(s, 'app');
    expect(c.State).toMatchObject({ Status: 'created', ExitCode: 127 });
    // Foreground: the CLI attaches before it starts; the failed start logs nothing more.
    expect(labels(eventsOf(s, c.Id))).toEqual(['create', 'attach']);
  });

  it('docker run -d of a command not on PATH still prints the ID first, then fails with 127', async () => {
    const s = sim();
    const r = await s.exec('docker run -d --name app busybox nosuchcmd');
    expect(r.exitCode).toBe(127);
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: .*executable file not found in \$PATH.*\n\nRun 'docker run --help' for more information\n$/,
    );
    const id = r.stdout.trim();
    expect(labels(eventsOf(s, id))).toEqual(['create']);
    expect(state(s, id).Status).toBe('created');
  });

  it('docker run --rm with a missing command removes the container after the failed start', async () => {
    const s = sim();
    const r = await s.exec('docker run --rm --name app busybox nosuchcmd');
    expect(r.exitCode).toBe(127);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^docker: Error response from daemon: .*executable file not found in \$PATH/);
    expect(s.inspect('app')).toBeUndefined();
    const evs = s.events();
    expect(labels(evs)).toEqual(['create', 'attach', 'destroy']);
    // The name is free again.
    await must(s, 'docker create --name app busybox');
  });

  it('docker create with a name in use fails with E18 naming the holder, exit 1, and creates nothing', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox');
    const before = s.events().length;
    const r = await s.exec('docker create --name web nginx');
    expect(r).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n`,
      exitCode: 1,
    });
    expect(s.events()).toHaveLength(before);
    expect(info(s, 'web').Config.Image).toBe('busybox');
  });

  const holders: Array<[string, (s: Simulator) => Promise<void>]> = [
    ['created', async (s) => void (await must(s, 'docker create --name web busybox sleep 1000'))],
    ['running', async (s) => void (await must(s, 'docker run -d --name web busybox sleep 1000'))],
    [
      'paused',
      async (s) => {
        await must(s, 'docker run -d --name web busybox sleep 1000');
        await must(s, 'docker pause web');
      },
    ],
    [
      'exited',
      async (s) => {
        await must(s, 'docker run -d --name web busybox sleep 1000');
        await must(s, 'docker kill web');
      },
    ],
    ['restarting', async (s) => void (await must(s, 'docker run -d --name web --restart always busybox false'))],
    [
      'dead',
      async (s) => {
        await must(s, 'docker create --name web busybox');
        await s.inject('web', { type: 'rm-fails' });
        await s.exec('docker rm web');
      },
    ],
  ];

  it.each(holders)(
    'docker run --name web fails with E18 and exit 125 while the holder is %s',
    async (status, arrange) => {
      const s = sim();
      await arrange(s);
      expect(state(s, 'web').Status).toBe(status);
      const id = info(s, 'web').Id;
      const before = s.events().length;
      const r = await s.exec('docker run -d --name web nginx');
      expect(r).toEqual({
        stdout: '',
        stderr: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.${RUN_HELP}\n`,
        exitCode: 125,
      });
      expect(s.events()).toHaveLength(before);
      expect(state(s, 'web').Status).toBe(status);
    },
  );

  it('a name becomes free again once its holder is removed', async () => {
    const s = sim();
    const first = await idOf(s, 'docker create --name web busybox');
    await must(s, 'docker rm web');
    const second = await idOf(s, 'docker create --name web busybox');
    expect(second).not.toBe(first);
    expect(info(s, 'web').Id).toBe(second);
  });

  it('a leading slash in --name is accepted and the name is shown without it in events, with it in inspect', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name /web busybox');
    expect(info(s, 'web').Name).toBe('/web');
    expect(eventsOf(s, id)[0]?.Actor.Attributes.name).toBe('web');
    const r = await s.exec('docker create --name web busybox');
    expect(r.stderr).toContain(`The container name "/web" is already in use by container "${id}"`);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', `'<img src=x onerror=alert(1)>'`],
    ['web!', 'web!'],
    ['-web', '-web'],
    ['_web', '_web'],
    ['a', 'a'],
    ['my web', `'my web'`],
  ])('docker create --name %s is refused with E22, exit 1', async (name, typed) => {
    const s = sim();
    const r = await s.exec(`docker create --name ${typed} busybox`);
    expect(r).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n`,
      exitCode: 1,
    });
    expect(s.events()).toEqual([]);
  });

  it('docker run with an HTML-looking name is refused with E22 and exit 125, and nothing is created', async () => {
    const s = sim();
    const r = await s.exec(`docker run -d --name '<img src=x onerror=alert(1)>' busybox`);
    expect(r).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: Invalid container name (<img src=x onerror=alert(1)>), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed${RUN_HELP}\n`,
      exitCode: 125,
    });
    expect(s.events()).toEqual([]);
    expect(s.inspect('<img src=x onerror=alert(1)>')).toBeUndefined();
  });

  it('two-character names with dots, dashes and underscores are valid', async () => {
    const s = sim();
    for (const n of ['a1', 'A.b', 'x-y_z', '9lives']) await must(s, `docker create --name ${n} busybox`);
    expect(info(s, 'x-y_z').Name).toBe('/x-y_z');
  });

  it('docker run of an unknown image says it is not found locally, then the pull error, exit 125', async () => {
    const s = sim();
    const r = await s.exec('docker run -d --name x nosuchimage');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toMatch(
      /^Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: [^\n]+\n\nRun 'docker run --help' for more information\n$/,
    );
    expect(s.events()).toEqual([]);
  });

  it('docker run of an unknown image keeps the tag that was typed in the pull message', async () => {
    const s = sim();
    const r = await s.exec('docker run nosuchimage:1.0');
    expect(r.exitCode).toBe(125);
    expect(
      r.stderr.startsWith("Unable to find image 'nosuchimage:1.0' locally\ndocker: Error response from daemon: "),
    ).toBe(true);
  });

  it('docker create of an unknown image prints the pull notice and the plain error, exit 1', async () => {
    const s = sim();
    const r = await s.exec('docker create nosuchimage');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^Unable to find image 'nosuchimage:latest' locally\nError response from daemon: [^\n]+\n$/,
    );
    expect(s.events()).toEqual([]);
  });

  it('a created container answers stop with its name (304) and no events, kill with E9, pause with E5, unpause with E8', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(await s.exec('docker kill web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker pause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker unpause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
    expect(labels(eventsOf(s, id))).toEqual(['create']);
    expect(state(s, 'web').Status).toBe('created');
  });

  it('docker restart on a created container starts it: start then restart', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    expect(await s.exec('docker restart web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'restart']);
    expect(state(s, 'web').Status).toBe('running');
  });

  it('docker rm on a created container logs destroy and inspect no longer finds it', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox');
    expect(await s.exec('docker rm web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'destroy']);
    expect(s.inspect('web')).toBeUndefined();
    expect(s.inspect(id)).toBeUndefined();
  });

  it('docker create without --name generates an adjective_surname name', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create busybox');
    const name = info(s, id).Name;
    expect(name).toMatch(/^\/[a-z]+_[a-z]+\d*$/);
    expect(eventsOf(s, id)[0]?.Actor.Attributes.name).toBe(name.slice(1));
    expect(id).toMatch(HEX64);
  });

  it('docker create with a tagged image keeps the tag in Config.Image and the event image attribute', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web nginx:1.27');
    expect(info(s, 'web').Config.Image).toBe('nginx:1.27');
    expect(eventsOf(s, id)[0]?.Actor.Attributes.image).toBe('nginx:1.27');
  });
  it('docker create --rm then a failed docker start removes the container: destroy, and the start summary line', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --rm --name app busybox nosuchcmd');
    const r = await s.exec('docker start app');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/executable file not found in \$PATH.*\nfailed to start containers: app\n$/);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'destroy']);
    expect(s.inspect('app')).toBeUndefined();
  });

  it('docker ps -a shows a never-started container, even one whose start failed, as Created', async () => {
    const s = sim();
    await must(s, 'docker create --name aa busybox sleep 1000');
    await must(s, 'docker create --name bad busybox nosuchcmd');
    await s.exec('docker start bad');
    expect(await s.exec("docker ps -a --format '{{.Names}} {{.Status}}'")).toEqual({
      stdout: 'bad Created\naa Created\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await s.exec("docker ps -a --filter status=created --format '{{.Names}}'")).toEqual({
      stdout: 'bad\naa\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await s.exec("docker ps --format '{{.Names}}'")).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
  it('docker restart of a container whose command is not on PATH fails with E12 wrapping the start error', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name app busybox nosuchcmd');
    const r = await s.exec('docker restart app');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^Error response from daemon: Cannot restart container app: .*executable file not found in \$PATH.*\n$/,
    );
    expect(labels(eventsOf(s, id))).toEqual(['create']);
    expect(state(s, 'app')).toMatchObject({ Status: 'created', ExitCode: 127 });
  });

  it('docker run --stop-signal with an unknown signal is refused by the daemon at create (invalid signal), exit 125', async () => {
    // Not in the spec's tables: moby daemon/container.go validateContainerConfig parses Config.StopSignal.
    const s = sim();
    expect(await s.exec('docker run -d --stop-signal FOO busybox sleep 1000')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: invalid signal: FOO${RUN_HELP}\n`,
      exitCode: 125,
    });
    expect(s.events()).toEqual([]);
  });

  it('container labels are copied into every event of the container as attributes', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --label app=shop --label tier=front busybox top');
    await must(s, 'docker stop web');
    const evs = eventsOf(s, id);
    expect(evs.length).toBeGreaterThanOrEqual(5);
    for (const e of evs)
      expect(e.Actor.Attributes).toMatchObject({ app: 'shop', tier: 'front', image: 'busybox', name: 'web' });
  });
});
