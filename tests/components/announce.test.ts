import { describe, expect, it } from 'vitest';
import { createSimulator, type LiveSimulator } from '../../machines/index';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { translator, type Translate } from '../../src/i18n/i18n';
import { announcementFor } from '../../src/components/panels/announce';

const EN = translator(en);
const KO = translator(ko);

/** Does `action`, and returns what the live region says of the moves it made. */
async function heard(sim: LiveSimulator, action: () => Promise<unknown>, t: Translate = EN): Promise<string> {
  const from = sim.counts().moves;
  await action();
  return announcementFor(t, sim.movesSince(from));
}

describe('announcementFor: the live region speaks the model’s moves', () => {
  it('names each container that moved, the ones that appeared and the ones that went', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker create --name db redis');
    const action = async () => {
      await sim.exec('docker pause web');
      await sim.exec('docker rm db');
      await sim.exec('docker create --name job busybox');
    };
    expect(await heard(sim, action)).toBe('web: running → paused. db: removed. job: created.');
    expect(await heard(sim, () => sim.exec('docker unpause web'), KO)).toBe(
      'web: paused · 일시 정지 → running · 실행 중.',
    );
  });

  it('says a container that appeared already further along came from created', async () => {
    const sim = createSimulator({ seed: 3 });
    expect(
      await heard(sim, async () => {
        await sim.exec('docker run -d --name web nginx');
        await sim.exec('docker run -d --name once busybox');
      }),
    ).toBe('web: created → running. once: created → running → exited.');
  });

  it('hears every state a command passes through: a restart, rm -f, a --rm run', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker run -d --name job busybox sleep 300');
    expect(await heard(sim, () => sim.exec('docker restart web'))).toBe('web: running → exited → running.');
    expect(await heard(sim, () => sim.exec('docker rm -f job'))).toBe('job: running → exited → removed.');
    expect(await heard(sim, () => sim.exec('docker run --rm --name quick busybox true'), KO)).toBe(
      'quick: created · 생성 → running · 실행 중 → exited · 종료 → removed · 삭제됨.',
    );
  });

  it('says a process exit that its restart policy answers leads to restarting, and a stop then to exited', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name loop --restart always busybox sleep 300');
    expect(await heard(sim, () => sim.inject('loop', { type: 'exit', code: 3 }))).toBe('loop: running → restarting.');
    expect(await heard(sim, () => sim.exec('docker stop loop'), KO)).toBe(
      'loop: restarting · 재시작 중 → exited · 종료.',
    );
  });

  it('is silent when nothing moved: docker ps, a refused command, time passing', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    expect(await heard(sim, () => sim.exec('docker ps'))).toBe('');
    expect(await heard(sim, () => sim.exec('docker unpause web'))).toBe('');
    expect(await heard(sim, () => sim.advance(5000))).toBe('');
  });
});

describe('announcementFor: what changes on a token without a move', () => {
  /** Like `heard`, with the events too, as the page passes them. */
  async function heardAll(sim: LiveSimulator, action: () => Promise<unknown>, t: Translate = EN): Promise<string> {
    const before = sim.counts();
    await action();
    return announcementFor(t, sim.movesSince(before.moves), sim.tracedEventsSince(before.events));
  }

  it('says a rename with both names', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web nginx');
    expect(await heardAll(sim, () => sim.exec('docker rename web api'))).toBe('web is now called api.');
    expect(await heardAll(sim, () => sim.exec('docker rename api web'), KO)).toBe(
      'api 컨테이너의 이름이 이제 web입니다.',
    );
  });

  it('says a change of health status, and nothing for the probes that change nothing', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec(
      'docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 1 busybox sleep 300',
    );
    expect(await heardAll(sim, () => sim.advance(1500))).toBe('hc: health unhealthy.');
    expect(await heardAll(sim, () => sim.advance(3000))).toBe('');
  });

  it('says each container a prune removed, and nothing of the daemon’s own prune event', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker create --name new busybox');
    await sim.exec('docker run --name done busybox true');
    expect(await heardAll(sim, () => sim.exec('docker container prune -f'))).toBe('done: removed. new: removed.');
  });
});
