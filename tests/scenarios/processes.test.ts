/**
 * What the simulated processes write and how their shells handle signals (contract §2 extended,
 * docs/commands.md): `sh -c` scripts with echo, loops, traps and exit; busybox and coreutils
 * programs; the servers' start-up lines; commands that cannot be run (126) or found (127).
 * Checked against busybox on a real engine where the behaviour does not depend on the version.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, labels, must, sim, sinceT0, state } from './helpers';

describe('created → running: a script runs to its end', () => {
  it('a foreground sh -c script prints its lines as the CLI streams them, stdout and stderr apart', async () => {
    const s = sim();
    const r = await s.exec(
      `docker run --name job busybox sh -c 'for i in 1 2 3; do echo $i; sleep 1; done; echo oops >&2; exit 4'`,
    );
    expect(r).toEqual({ stdout: '1\n2\n3\n', stderr: 'oops\n', exitCode: 4 });
    expect(state(s, 'job')).toMatchObject({ Status: 'exited', ExitCode: 4 });
    const die = eventsOf(s, s.inspect('job')?.Id ?? '').find((e) => e.Action === 'die');
    expect(sinceT0(die)).toBe(3000);
  });

  it('with -t there is one stream: stderr comes out on stdout', async () => {
    const r = await sim().exec("docker run --rm -t busybox sh -c 'echo out; echo err >&2'");
    expect(r).toEqual({ stdout: 'out\nerr\n', stderr: '', exitCode: 0 });
  });

  it('a missing command in a script is the shell’s own error, status 127, and the script carries on', async () => {
    const s = sim();
    expect(await s.exec("docker run --rm busybox sh -c 'nosuch; echo $?'")).toEqual({
      stdout: '127\n',
      stderr: 'sh: nosuch: not found\n',
      exitCode: 0,
    });
    expect((await s.exec("docker run --rm ubuntu sh -c 'nosuch'")).stderr).toBe('sh: 1: nosuch: not found\n');
    expect((await s.exec("docker run --rm ubuntu bash -c 'nosuch'")).stderr).toBe(
      'bash: line 1: nosuch: command not found\n',
    );
  });

  it('echo, cat, ls, hostname and date write what busybox writes', async () => {
    const s = sim();
    await s.exec(
      "docker run --name box busybox sh -c 'echo hi; cat /etc/hostname; hostname; date; ls /tmp; cat /nope'",
    );
    const id = s.inspect('box')?.Id ?? '';
    expect((await s.exec('docker logs box')).stdout).toBe(
      `hi\n${id.slice(0, 12)}\n${id.slice(0, 12)}\nThu Jan  1 00:00:00 UTC 2026\n`,
    );
    expect((await s.exec('docker logs box')).stderr).toBe("cat: can't open '/nope': No such file or directory\n");
    expect(state(s, 'box').ExitCode).toBe(1);
  });

  it('alpine has an /etc/os-release and Debian-based images answer in coreutils words', async () => {
    const s = sim();
    expect((await must(s, 'docker run --rm alpine cat /etc/os-release')).stdout).toContain('ID=alpine\n');
    expect(await s.exec('docker run --rm debian ls /nope')).toEqual({
      stdout: '',
      stderr: "ls: cannot access '/nope': No such file or directory\n",
      exitCode: 2,
    });
  });

  it('hello-world prints its greeting and exits 0', async () => {
    const r = await sim().exec('docker run hello-world');
    expect(r.stdout.startsWith('\nHello from Docker!\n')).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  it('a pipe in a script is named as not simulated, exit 2', async () => {
    expect(await sim().exec("docker run --rm busybox sh -c 'echo a | cat'")).toEqual({
      stdout: '',
      stderr: "sh: this simulator does not run '|' in scripts\n",
      exitCode: 2,
    });
  });
});

describe('created: a command that cannot be run (moby TestCmdCannotBeInvoked)', () => {
  it('docker run busybox /etc is a directory: the start fails with 126 and the container stays Created', async () => {
    const s = sim();
    const r = await s.exec('docker run --name dir busybox /etc');
    expect(r.exitCode).toBe(126);
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: .*exec: "\/etc": is a directory: unknown: permission denied\n/,
    );
    expect(state(s, 'dir')).toMatchObject({ Status: 'created', ExitCode: 126 });
    expect(labels(eventsOf(s, s.inspect('dir')?.Id ?? ''))).toEqual(['create', 'attach']);
  });

  it('a file that is not executable fails with 126 too, and a missing one with 127 as before', async () => {
    const s = sim();
    expect((await s.exec('docker run --name file busybox /etc/passwd')).exitCode).toBe(126);
    expect(state(s, 'file').Error).toContain('exec: "/etc/passwd": permission denied');
    expect((await s.exec('docker run --name gone busybox /nope')).exitCode).toBe(127);
  });
});

describe('running: a shell that traps a signal', () => {
  const TRAP_LOOP = `sh -c "trap 'echo got TERM; exit 3' TERM; echo started; while true; do sleep 1; done"`;

  it('docker stop waits for the loop’s sleep to end, then the trap runs and the container exits 3 (stop’s doing)', async () => {
    const s = sim();
    await must(s, `docker run -d --name trap busybox ${TRAP_LOOP}`);
    await s.advance(1200);
    expect(await s.exec('docker stop trap')).toEqual({ stdout: 'trap\n', stderr: '', exitCode: 0 });
    const id = s.inspect('trap')?.Id ?? '';
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'kill signal=15', 'die exitCode=3', 'stop']);
    expect(sinceT0(eventsOf(s, id)[3])).toBe(2000);
    expect((await s.exec('docker logs trap')).stdout).toBe('started\ngot TERM\n');
    const out = s.moves().filter((m) => m.container === id && m.from === 'running');
    expect(out).toMatchObject([{ to: 'exited', cause: 'stop', exitCode: 3, signal: 15 }]);
  });

  it('a trap behind a long foreground sleep never runs: the stop times out and kills, exit 137', async () => {
    const s = sim();
    await must(s, `docker run -d --name trap busybox sh -c "trap 'echo got TERM; exit 3' TERM; sleep 1000"`);
    await must(s, 'docker stop -t 2 trap');
    expect(state(s, 'trap').ExitCode).toBe(137);
    expect((await s.exec('docker logs trap')).stdout).toBe('');
  });

  it('sleep in the background and wait: the trap interrupts the wait at once', async () => {
    const s = sim();
    await must(s, `docker run -d --name trap busybox sh -c "trap 'exit 0' TERM; sleep 1000 & wait"`);
    await s.advance(500);
    await must(s, 'docker stop trap');
    expect(state(s, 'trap').ExitCode).toBe(0);
    const die = eventsOf(s, s.inspect('trap')?.Id ?? '').find((e) => e.Action === 'die');
    expect(sinceT0(die)).toBe(500);
  });

  it("trap '' TERM ignores it, and a trap without exit writes and carries on", async () => {
    const s = sim();
    await must(s, `docker run -d --name quiet busybox sh -c "trap '' TERM; while true; do sleep 1; done"`);
    await must(s, `docker run -d --name chatty busybox sh -c "trap 'echo ouch' HUP; while true; do sleep 1; done"`);
    await must(s, 'docker kill -s HUP chatty');
    await s.advance(1500);
    expect((await s.exec('docker logs chatty')).stdout).toBe('ouch\n');
    expect(state(s, 'chatty').Status).toBe('running');
    await must(s, 'docker stop -t 1 quiet');
    expect(state(s, 'quiet').ExitCode).toBe(137);
  });

  it('docker kill -s TERM runs the trap too, as the kill’s doing', async () => {
    const s = sim();
    await must(s, `docker run -d --name trap busybox ${TRAP_LOOP}`);
    await s.advance(300);
    await must(s, 'docker kill -s TERM trap');
    expect(state(s, 'trap').Status).toBe('running');
    await s.advance(1000);
    expect(state(s, 'trap')).toMatchObject({ Status: 'exited', ExitCode: 3 });
    const id = s.inspect('trap')?.Id ?? '';
    expect(s.moves().find((m) => m.container === id && m.to === 'exited')).toMatchObject({ cause: 'kill' });
  });
});

describe('paused: time while frozen', () => {
  it('a loop frozen for 10 s writes nothing meanwhile and goes on after the unpause', async () => {
    const s = sim();
    await must(s, "docker run -d --name tick busybox sh -c 'while true; do echo tick; sleep 2; done'");
    await s.advance(1000);
    await must(s, 'docker pause tick');
    await s.advance(10_000);
    await must(s, 'docker unpause tick');
    await s.advance(100);
    const times = (await s.exec('docker logs -t tick')).stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(17, 19));
    // tick at 0, then the sleep that ended while frozen ends at the thaw (11 s).
    expect(times).toEqual(['00', '11']);
  });
});

describe('running: servers write their start-up lines', () => {
  it.each([
    ['nginx', /^\/docker-entrypoint.sh: Configuration complete; ready for start up\n$/, /\[notice\] 1#1: nginx\//],
    ['redis', /Ready to accept connections tcp\n$/, /^$/],
    ['postgres', /^$/, /database system is ready to accept connections\n$/],
    ['httpd', /^$/, /AH00489: Apache\/2\.4\.\d+ \(Unix\) configured/],
  ])('%s', async (image, stdout, stderr) => {
    const s = sim();
    await must(s, `docker run -d --name srv ${image}`);
    const r = await s.exec('docker logs srv');
    expect(r.stdout).toMatch(stdout);
    expect(r.stderr).toMatch(stderr);
  });

  it('nginx says goodbye to the SIGQUIT that docker stop sends', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web nginx');
    await s.advance(3000);
    await must(s, 'docker stop web');
    expect((await s.exec('docker logs web')).stderr).toMatch(
      /2026\/01\/01 00:00:03 \[notice\] 1#1: signal 3 \(SIGQUIT\) received, shutting down\n$/,
    );
  });
});
