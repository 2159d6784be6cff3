/** The README's headless example does what its comments say. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../machines/index';

describe('the README and the docs stand alone', () => {
  it.each(['README.md', 'docs/lifecycle.md', 'docs/embedding.md', 'scripts/verify-docker/README.md'])(
    '%s links only to files in the repository, and never to ../shared',
    (file) => {
      const url = new URL(`../${file}`, import.meta.url);
      const text = readFileSync(url, 'utf8');
      expect(text).not.toMatch(/\.\.\/shared\b/);
      const links = [
        ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string),
        // Images: <img src> and <source srcset>.
        ...[...text.matchAll(/\b(?:src|srcset)="([^"]+)"/g)].map((m) => m[1] as string),
      ];
      const local = links.filter((l) => !/^[a-z]+:/.test(l) && !l.startsWith('#'));
      for (const link of local)
        expect(existsSync(new URL(link.split('#')[0] as string, url)), `${file} → ${link}`).toBe(true);
      if (file === 'README.md')
        expect(local).toEqual(
          expect.arrayContaining([
            'docs/lifecycle.md',
            'docs/contract.md',
            'docs/embedding.md',
            'docs/diagram/lifecycle-lifecycle-wide-light-en.svg',
          ]),
        );
    },
  );
});

describe('the README example', () => {
  it('still shows the calls this test makes', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const line of [
      'npm install && npm run dev',
      'npm install && npm test',
      'docker run -d --name web busybox sleep 1000',
      'docker stop web',
      '--restart on-failure:3 busybox false',
      "['none→created (run)', 'created→running (run)', 'running→exited (stop)']",
    ]) {
      expect(readme).toContain(line);
    }
  });

  it('stops a PID 1 sleep after the grace period, refuses to pause it, and counts policy restarts', async () => {
    const sim = createSimulator({ seed: 42 });
    await sim.exec('docker run -d --name web busybox sleep 1000');
    const r = await sim.exec('docker stop web');
    expect(r.stdout).toBe('web\n');
    expect(sim.inspect('web')?.State).toMatchObject({ Status: 'exited', ExitCode: 137 });
    expect(sim.events().map((e) => e.Action)).toEqual(['create', 'start', 'kill', 'kill', 'die', 'stop']);
    const stops = sim.events().filter((e) => e.Action === 'kill');
    expect((stops[1]?.time ?? 0) - (stops[0]?.time ?? 0)).toBe(10);

    const paused = await sim.exec('docker pause web');
    expect(paused.exitCode).toBe(1);
    expect(paused.stderr).toBe(`Error response from daemon: container ${sim.inspect('web')?.Id} is not running\n`);

    await sim.exec('docker run -d --name api --restart on-failure:3 busybox false');
    await sim.advance(5_000);
    expect(sim.inspect('api')?.RestartCount).toBe(3);
    expect(sim.events().filter((e) => e.Actor.Attributes.name === 'api' && e.Action === 'start')).toHaveLength(4);
    expect(sim.events().filter((e) => e.Actor.Attributes.name === 'api' && e.Action === 'die')).toHaveLength(4);

    await sim.inject('web', { type: 'oom' });
    expect(
      sim
        .moves()
        .filter((m) => m.name === 'web')
        .map((m) => `${m.from}→${m.to} (${m.cause})`),
    ).toEqual(['none→created (run)', 'created→running (run)', 'running→exited (stop)']);
  });
});
