import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../machines/index';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { translator } from '../../src/i18n/i18n';
import { announcementFor } from '../../src/components/panels/announce';

const EN = translator(en);
const KO = translator(ko);

describe('announcementFor', () => {
  it('names each container whose state changed, the ones that appeared and the ones that went', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker create --name db redis');
    const before = sim.view();
    await sim.exec('docker pause web');
    await sim.exec('docker rm db');
    await sim.exec('docker create --name job busybox');
    expect(announcementFor(EN, before, sim.view())).toBe('web: running → paused. job: created. db: removed.');
    expect(announcementFor(KO, before, sim.view())).toBe(
      'web: 실행 중 (running) → 일시 정지 (paused). job: 생성 (created). db: 삭제됨 (removed).',
    );
  });

  it('says a container that appeared already further along came from created', async () => {
    const sim = createSimulator({ seed: 3 });
    const before = sim.view();
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker run -d --name once busybox');
    expect(announcementFor(EN, before, sim.view())).toBe('web: created → running. once: created → exited.');
  });

  it('announces the states a restart policy and a stop go through', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    let before = sim.view();
    await sim.inject('web', { type: 'exit', code: 1 });
    expect(announcementFor(EN, before, sim.view())).toBe('web: running → exited.');
    await sim.exec('docker run -d --name loop --restart always busybox false');
    before = sim.view();
    await sim.exec('docker stop loop');
    expect(announcementFor(KO, before, sim.view())).toBe('loop: 재시작 중 (restarting) → 종료 (exited).');
  });

  it('is empty when nothing changed, and for the first view', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    expect(announcementFor(EN, sim.view(), sim.view())).toBe('');
    expect(announcementFor(EN, null, sim.view())).toBe('');
    const before = sim.view();
    await sim.advance(5000);
    expect(announcementFor(EN, before, sim.view())).toBe('');
  });

  it('hears every state a command passes through within one frame, from the events in between', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker run -d --name job busybox sleep 300');
    let before = sim.view();
    await sim.exec('docker restart web');
    expect(announcementFor(EN, before, sim.view(), sim.eventsSince(before.eventCount))).toBe(
      'web: running → exited → running.',
    );
    before = sim.view();
    await sim.exec('docker rm -f job');
    expect(announcementFor(EN, before, sim.view(), sim.eventsSince(before.eventCount))).toBe(
      'job: running → exited → removed.',
    );
    before = sim.view();
    await sim.exec('docker run --rm --name quick busybox true');
    expect(announcementFor(KO, before, sim.view(), sim.eventsSince(before.eventCount))).toBe(
      'quick: 생성 (created) → 실행 중 (running) → 종료 (exited) → 삭제됨 (removed).',
    );
  });

  it('says a process exit that its restart policy answers leads to restarting, not exited', async () => {
    const sim = createSimulator({ seed: 3, autoAdvance: false });
    void sim.exec('docker run -d --name loop --restart always busybox sleep 300');
    await sim.advance(1);
    const before = sim.view();
    await sim.inject('loop', { type: 'exit', code: 3 });
    expect(announcementFor(EN, before, sim.view(), sim.eventsSince(before.eventCount))).toBe(
      'loop: running → restarting.',
    );
  });
});
