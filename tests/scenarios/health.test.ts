/**
 * Healthchecks (moby daemon/health.go, container/health.go; docker/cli opts.go). Checked on a
 * real engine: a probe is an exec (`exec_create: /bin/sh -c CMD`), the first one an interval after
 * the start, `health_status: healthy` / `unhealthy` events on each change, the failing streak
 * against the retries, STATUS `Up … (healthy)` / `(unhealthy)`, and State.Health's Log.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, must, sim, sinceT0 } from './helpers';

const statusOf = async (s: ReturnType<typeof sim>, name: string) =>
  (await must(s, `docker ps -a --filter name=${name} --format '{{.Status}}'`)).stdout.trim();

describe('running', () => {
  it('starts as health: starting, a probe each interval; a passing one makes it healthy', async () => {
    const s = sim();
    const id = (
      await must(s, "docker run -d --name hh --health-cmd 'test -f /etc/passwd' --health-interval 2s busybox sleep 600")
    ).stdout.trim();
    expect(await statusOf(s, 'hh')).toBe('Up Less than a second (health: starting)');
    expect(s.inspect('hh')?.State.Health).toEqual({ Status: 'starting', FailingStreak: 0, Log: [] });
    await s.advance(2500);
    expect(await statusOf(s, 'hh')).toBe('Up 2 seconds (healthy)');
    const evs = eventsOf(s, id).slice(2);
    expect(evs.map((e) => e.Action)).toEqual([
      'exec_create: /bin/sh -c test -f /etc/passwd',
      'exec_start: /bin/sh -c test -f /etc/passwd',
      'exec_die',
      'health_status: healthy',
    ]);
    expect(sinceT0(evs[0])).toBe(2000);
    expect(s.inspect('hh')?.State.Health).toEqual({
      Status: 'healthy',
      FailingStreak: 0,
      Log: [{ Start: '2026-01-01T00:00:02Z', End: '2026-01-01T00:00:02Z', ExitCode: 0, Output: '' }],
    });
    expect(s.inspect('hh')?.Config.Healthcheck).toEqual({
      Test: ['CMD-SHELL', 'test -f /etc/passwd'],
      Interval: 2_000_000_000,
    });
  });

  it('the injected fault makes the checks fail: unhealthy after --health-retries failures in a row', async () => {
    const s = sim();
    const id = (
      await must(
        s,
        "docker run -d --name hh --health-cmd 'true' --health-interval 1s --health-retries 2 busybox sleep 600",
      )
    ).stdout.trim();
    await s.advance(1500);
    await s.inject('hh', { type: 'health-fails' });
    await s.advance(1000);
    expect(s.inspect('hh')?.State.Health?.FailingStreak).toBe(1);
    expect(await statusOf(s, 'hh')).toMatch(/\(healthy\)$/);
    await s.advance(1000);
    expect(await statusOf(s, 'hh')).toBe('Up 3 seconds (unhealthy)');
    expect(
      eventsOf(s, id)
        .filter((e) => e.Action.startsWith('health_status'))
        .map((e) => e.Action),
    ).toEqual(['health_status: healthy', 'health_status: unhealthy']);
    // Unhealthy changes no state: Docker does not restart it.
    expect(s.inspect('hh')?.State.Status).toBe('running');
    await s.inject('hh', { type: 'health-recovers' });
    await s.advance(1000);
    expect(await statusOf(s, 'hh')).toMatch(/\(healthy\)$/);
  });

  it('the webapp image’s HEALTHCHECK curls nginx; its probes are the healthcheck’s, in steps of their own', async () => {
    const s = sim();
    await must(s, 'docker run -d --name app webapp');
    expect(s.inspect('app')?.Config.Healthcheck?.Test).toEqual(['CMD-SHELL', 'curl -fs http://localhost/ || exit 1']);
    await s.advance(5000);
    expect(await statusOf(s, 'app')).toBe('Up 5 seconds (healthy)');
    await s.inject('app', { type: 'health-fails' });
    await s.advance(15_000);
    const health = s.inspect('app')?.State.Health;
    expect(health?.Status).toBe('unhealthy');
    expect(health?.Log.at(-1)).toMatchObject({ ExitCode: 1 });
    expect((await must(s, "docker ps --filter health=unhealthy --format '{{.Names}} {{.HealthStatus}}'")).stdout).toBe(
      'app unhealthy\n',
    );
  });

  it('a probe that runs past --health-timeout fails with -1 and the timeout message', async () => {
    const s = sim();
    await must(
      s,
      "docker run -d --name slow --health-cmd 'sleep 5' --health-interval 1s --health-timeout 2s busybox sleep 600",
    );
    await s.advance(3500);
    expect(s.inspect('slow')?.State.Health?.Log[0]).toMatchObject({
      ExitCode: -1,
      Output: 'Health check exceeded timeout (2s)',
    });
  });

  it('--no-healthcheck turns the image’s check off: no probes, no State.Health', async () => {
    const s = sim();
    await must(s, 'docker run -d --name app --no-healthcheck webapp');
    await s.advance(60_000);
    expect(s.inspect('app')?.Config.Healthcheck).toEqual({ Test: ['NONE'] });
    expect(s.inspect('app')?.State.Health).toBeUndefined();
    expect(await statusOf(s, 'app')).toBe('Up About a minute');
  });

  it('the view exposes the health of each container', async () => {
    const s = sim();
    await must(s, 'docker run -d --name hh --health-cmd true --health-interval 1s busybox sleep 600');
    await s.advance(1500);
    const c = (s as unknown as { view(): { containers: { name: string; health: unknown }[] } }).view().containers[0];
    expect(c?.health).toEqual({ status: 'healthy', failingStreak: 0, nextProbeAt: Date.UTC(2026, 0, 1) + 2000 });
  });
});

describe('paused and exited', () => {
  it('a pause stops the monitor and marks it unhealthy without an event; the next probe after unpause heals it', async () => {
    const s = sim();
    const id = (
      await must(s, 'docker run -d --name hh --health-cmd true --health-interval 1s busybox sleep 600')
    ).stdout.trim();
    await s.advance(1500);
    await must(s, 'docker pause hh');
    expect(s.inspect('hh')?.State.Health?.Status).toBe('unhealthy');
    await must(s, 'docker unpause hh');
    expect(await statusOf(s, 'hh')).toMatch(/\(unhealthy\)$/);
    await s.advance(1000);
    expect(await statusOf(s, 'hh')).toMatch(/\(healthy\)$/);
    expect(
      eventsOf(s, id)
        .filter((e) => e.Action.startsWith('health_status'))
        .map((e) => e.Action),
    ).toEqual(['health_status: healthy', 'health_status: healthy']);
  });

  it('a stopped container keeps its last results, as unhealthy; a start begins again at starting', async () => {
    const s = sim();
    await must(s, 'docker run -d --name hh --health-cmd true --health-interval 1s busybox sleep 600');
    await s.advance(1500);
    await must(s, 'docker kill hh');
    expect(s.inspect('hh')?.State.Health).toMatchObject({ Status: 'unhealthy', Log: [{ ExitCode: 0 }] });
    await must(s, 'docker start hh');
    expect(s.inspect('hh')?.State.Health?.Status).toBe('starting');
  });
});

describe('refused health flags', () => {
  it('--no-healthcheck with a --health-* flag is the CLI’s conflict, and negatives are refused', async () => {
    const s = sim();
    expect(await s.exec('docker run --no-healthcheck --health-cmd true busybox')).toEqual({
      stdout: '',
      stderr:
        "docker: --no-healthcheck conflicts with --health-* options\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect((await s.exec('docker create --health-retries -1 busybox')).stderr).toContain(
      '--health-retries cannot be negative',
    );
    expect((await s.exec('docker create --health-interval 10us --health-cmd true busybox')).stderr).toBe(
      'Error response from daemon: Interval in Healthcheck cannot be less than 1ms\n',
    );
  });
});
