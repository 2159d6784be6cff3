import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../machines/index';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { translator } from '../../src/i18n/i18n';
import { announcementFor } from '../../src/components/panels/announce';
import { explain } from '../../src/components/panels/explain';

const t = translator(en);

describe('the message catalogs', () => {
  it('have the same keys in English and Korean, and no empty text', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(ko)]) expect(v.trim(), k).not.toBe('');
  });

  it('keep every placeholder of a message in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ko[key]), key).toEqual(names(en[key]));
    }
  });
});

describe('what just happened', () => {
  it('explains a stop on a PID 1 sleep: SIGTERM ignored, SIGKILL after the grace period, 137', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    const from = sim.events().length;
    await sim.exec('docker stop web');
    const lines = explain(t, sim.events().slice(from), null);
    expect(lines[0]).toContain('SIGTERM (15)');
    expect(lines[1]).toBe('web: the grace period ran out after SIGTERM, so the daemon sent SIGKILL.');
    expect(lines[2]).toContain('137 = 128 + 9');
    expect(lines.some((l) => l.startsWith('web: docker stop is done'))).toBe(true);
  });

  it('explains pause as the cgroup freezer, an OOM kill, and a restart loop, in Korean too', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    let from = sim.events().length;
    await sim.exec('docker pause web');
    expect(explain(t, sim.events().slice(from), sim.view())[0]).toContain('cgroup freezer');
    expect(explain(translator(ko), sim.events().slice(from), sim.view())[0]).toContain('cgroup freezer');
    await sim.exec('docker unpause web');
    from = sim.events().length;
    await sim.inject('web', { type: 'oom' });
    const oom = explain(t, sim.events().slice(from), sim.view());
    expect(oom[0]).toContain('OOM killer');
    expect(oom[1]).toContain('OOMKilled: true');
    from = sim.events().length;
    await sim.exec('docker run -d --name loop --restart always busybox false');
    expect(explain(t, sim.events().slice(from), sim.view()).at(-1)).toContain('back-off that begins at 100 ms');
  });
});

describe('the live announcement', () => {
  it('names each container whose state changed, the ones that appeared and the ones that went', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker create --name db redis');
    const before = sim.view();
    await sim.exec('docker pause web');
    await sim.exec('docker rm db');
    await sim.exec('docker create --name job busybox');
    expect(announcementFor(t, before, sim.view())).toBe('web: running → paused. job: created. db: removed.');
    expect(announcementFor(t, sim.view(), sim.view())).toBe('');
  });
});
