import { describe, expect, it } from 'vitest';
import {
  createInterruptSource,
  createSimulator,
  signalName,
  type CommandReport,
  type LiveSimulator,
} from '../../machines/index';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { translator, type Translate } from '../../src/i18n/i18n';
import { explainStep, type Explanation } from '../../src/components/panels/explain';

const EN = translator(en);
const KO = translator(ko);

const isReport = (r: unknown): r is CommandReport => typeof r === 'object' && r !== null && 'step' in r;

/** The step the page would explain: a command's own, or the newest one that changed something. */
function newestStep(sim: LiveSimulator, before: { events: number; moves: number }): number {
  const steps = [
    ...sim.movesSince(before.moves).map((m) => m.step),
    ...sim.tracedEventsSince(before.events).map((e) => e.trace.step),
  ];
  return steps.length ? Math.max(...steps) : -1;
}

/** Does `action` (a sim.run, or time passing) and explains the step the page would show. */
async function explained(
  sim: LiveSimulator,
  action: () => Promise<unknown>,
  t: Translate = EN,
): Promise<Explanation[]> {
  const before = sim.counts();
  const r = await action();
  const step = isReport(r) ? r.step : newestStep(sim, before);
  const report = isReport(r) ? r : null;
  return explainStep(
    t,
    { ...sim.stepTrace(step), report, label: sim.step(step)?.label ?? '' },
    sim.view().containers,
    signalName,
  );
}

const texts = (lines: Explanation[], action: string | null) =>
  lines.filter((l) => l.action === action).map((l) => l.text);

describe('explain: docker stop on a PID 1 that ignores SIGTERM (busybox sleep)', () => {
  async function stopSleep(t: Translate = EN) {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    return explained(sim, () => sim.run('docker stop web'), t);
  }

  it('explains kill 15 as docker stop’s default signal, kill 9 as the fallback after the grace period, die 137, then stop', async () => {
    const lines = await stopSleep();
    expect(lines.map((l) => l.action)).toEqual(['kill', 'kill', 'die', 'stop', null]);
    const [term, kill] = texts(lines, 'kill');
    expect(term).toBe(
      'web: docker stop sent SIGTERM (15): the default stop signal, since the image sets no STOPSIGNAL. It then waits for the main process to exit, up to the grace period (10 s unless -t or --stop-timeout says otherwise); if it is still running then, SIGKILL follows.',
    );
    expect(kill).toBe(
      'web: the grace period ended after 10 s with the main process still running, so the daemon sent SIGKILL (9). Unlike SIGTERM, SIGKILL cannot be caught, blocked or ignored.',
    );
    const [die] = texts(lines, 'die');
    expect(die).toContain('exit code 137 = 128 + 9: SIGKILL ended it. It had ignored SIGTERM');
    expect(die).toContain('PID 1');
    expect(die).toContain('So docker stop waited out the whole grace period.');
    expect(die).toContain('With --init');
    expect(texts(lines, 'stop')[0]).toMatch(/^web: docker stop is done/);
    expect(texts(lines, null)).toEqual([
      'web is now exited, with exit code 137: nothing runs, but the container and its layer remain; docker start runs it again, docker rm deletes it.',
    ]);
  });

  it('says the same in Korean, keeping docker stop, SIGTERM and 137 as they are', async () => {
    const lines = await stopSleep(KO);
    const [term, kill] = texts(lines, 'kill');
    expect(term).toContain('web: docker stop 명령이 SIGTERM(15) 시그널을 보냈습니다.');
    expect(term).toContain('유예 시간');
    expect(kill).toContain('10초의 유예 시간이 끝났는데도');
    expect(texts(lines, 'die')[0]).toContain('종료 코드 137 = 128 + 9');
    expect(texts(lines, null)[0]).toContain('exited · 종료, 종료 코드 137');
  });

  it('while the grace period runs, explains the first signal and says the container is still running', async () => {
    const sim = createSimulator({ seed: 2, autoAdvance: false });
    await sim.exec('docker run -d --name web busybox sleep 300');
    let step = -1;
    const stop = sim.exec('docker stop web', { onStep: (s) => (step = s) });
    const lines = explainStep(
      EN,
      { ...sim.stepTrace(step), report: null, label: '' },
      sim.view().containers,
      signalName,
    );
    expect(lines.map((l) => l.action)).toEqual(['kill', null]);
    expect(lines[0]?.text).toMatch(/^web: docker stop sent SIGTERM \(15\)/);
    expect(lines[1]?.text).toBe('web is still running: docker stop waits for it to exit until the grace period ends.');
    await sim.advance(10_000);
    await stop;
  });

  it('names docker restart as the sender when a restart stops the container', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    const lines = await explained(sim, () => sim.run('docker restart web'));
    expect(lines.map((l) => l.action)).toEqual(['kill', 'kill', 'die', 'stop', 'start', 'restart', null]);
    expect(texts(lines, 'kill')[0]).toMatch(/^web: docker restart sent SIGTERM \(15\)/);
    expect(texts(lines, 'die')[0]).toContain('So docker restart waited out the whole grace period.');
    expect(texts(lines, 'stop')[0]).toBe(
      'web: the stop half of docker restart is done; the start half follows at once.',
    );
    expect(texts(lines, 'restart')[0]).toContain('a --rm container is not removed by it');
    expect(texts(lines, null)[0]).toBe('web is now running: its main process is alive.');
  });
});

describe('explain: other signals and exit codes', () => {
  it('explains a stop with the image’s STOPSIGNAL that the process handles (nginx, SIGQUIT, exit 0)', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name proxy nginx');
    const lines = await explained(sim, () => sim.run('docker stop proxy'));
    expect(texts(lines, 'kill')[0]).toContain(
      'docker stop sent SIGQUIT (3): the stop signal its image sets (STOPSIGNAL).',
    );
    expect(texts(lines, 'die')).toEqual([
      'proxy: the main process handled SIGQUIT and shut down cleanly, with exit code 0.',
    ]);
  });

  it('explains --init: the process dies of SIGTERM, 143 = 128 + 15, and why', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --init --name job busybox sleep 100');
    const lines = await explained(sim, () => sim.run('docker stop job'));
    expect(texts(lines, 'die')).toEqual([
      'job: exit code 143 = 128 + 15: the main process was killed by SIGTERM.',
      'job runs with --init: the init process is PID 1; it passed the signal on to the main process, which (not being PID 1) died of it, and exited with the same code.',
    ]);
  });

  it('explains docker kill on a paused container: SIGKILL, the thaw, 137', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name proxy nginx');
    await sim.exec('docker pause proxy');
    const lines = await explained(sim, () => sim.run('docker kill proxy'));
    expect(lines.map((l) => l.action)).toEqual(['kill', 'unpause', 'die', null]);
    expect(texts(lines, 'kill')[0]).toContain('the default signal of docker kill');
    expect(texts(lines, 'unpause')[0]).toContain('thawed the paused container right after sending the signal');
    expect(texts(lines, 'die')[0]).toBe('proxy: exit code 137 = 128 + 9: the main process was killed by SIGKILL.');
  });

  it('explains docker kill -s HUP as a signal whose effect is up to the process', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web busybox sleep 100');
    const lines = await explained(sim, () => sim.run('docker kill -s HUP web'));
    expect(lines.map((l) => l.text)).toEqual([
      'web: docker kill -s sent SIGHUP (1). What happens is up to the process: it may handle it, die of it, or ignore it (a PID 1 without a handler for it ignores it).',
      'web is now running: its main process is alive.',
    ]);
  });

  it('explains the shell that exits at once without -it, and the meaning of 1, 126, 127 and other codes', async () => {
    const sim = createSimulator({ seed: 3 });
    const die = async (line: string) => texts(await explained(sim, () => sim.run(line)), 'die')[0];
    expect(await die('docker run -d --name sh1 busybox')).toContain(
      'A shell (sh) started without -it reads end-of-file',
    );
    expect(await die('docker run -d --name f1 busybox false')).toContain('exited with code 1: a general error');
    expect(await die("docker run -d --name c126 busybox sh -c 'exit 126'")).toContain(
      'exit code 126: a command was found but could not be executed',
    );
    expect(await die("docker run -d --name c127 busybox sh -c 'exit 127'")).toBe(
      'c127: exit code 127: a command was not found.',
    );
    expect(await die("docker run -d --name c3 busybox sh -c 'exit 3'")).toBe(
      'c3: the main process exited with code 3, a value the program chose: anything but 0 means failure.',
    );
    // No signal ended it: the code only looks like one (128 + 2), and the explanation says so.
    expect(await die("docker run -d --name c130 busybox sh -c 'exit 130'")).toBe(
      'c130: the main process exited with code 130 by itself. By convention 128 + 2 reports a death by SIGINT, but no signal ended this process: the program chose the code.',
    );
  });
});

describe('explain: pause, OOM, restart policies, removal', () => {
  it('explains pause as the cgroup freezer and unpause as the thaw, in both languages', async () => {
    const sim = createSimulator({ seed: 4 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    const paused = await explained(sim, () => sim.run('docker pause web'));
    expect(paused.map((l) => l.text)).toEqual([
      'web: paused. The cgroup freezer froze every process in the container: they get no CPU time, but their memory and state are kept.',
      'web is now paused: frozen, holding its memory, until docker unpause.',
    ]);
    const again = await sim.run('docker pause web');
    expect(again.result.exitCode).toBe(1);
    const korean = await explained(sim, () => sim.run('docker unpause web'), KO);
    expect(korean[0]?.text).toContain('cgroup freezer');
    expect(korean[1]?.text).toContain('running · 실행 중');
    await sim.exec('docker pause web');
    const thawed = await explained(sim, () => sim.run('docker unpause web'));
    expect(thawed[0]?.text).toBe(
      'web: unpaused. The cgroup freezer thawed its processes, and they go on from exactly where they were.',
    );
  });

  it('explains an OOM kill: the kernel’s OOM killer, 137, OOMKilled true', async () => {
    const sim = createSimulator({ seed: 4 });
    await sim.exec('docker run -d --name cache redis');
    const lines = await explained(sim, () => sim.inject('cache', { type: 'oom' }));
    expect(lines.map((l) => l.action)).toEqual(['oom', 'die', null]);
    expect(lines[0]?.text).toContain('the kernel’s OOM (out-of-memory) killer killed its main process with SIGKILL');
    expect(lines[1]?.text).toBe(
      'cache: exit code 137 = 128 + 9: killed by the OOM killer’s SIGKILL. docker inspect now shows OOMKilled: true.',
    );
    expect(sim.inspect('cache')?.State.OOMKilled).toBe(true);
  });

  it('explains a restart policy: restarting with its back-off, then the policy’s own start', async () => {
    const sim = createSimulator({ seed: 4 });
    const first = await explained(sim, () =>
      sim.exec('docker run -d --name loop --restart on-failure:2 busybox false'),
    );
    expect(first.map((l) => l.action)).toEqual(['create', 'start', 'die', null]);
    expect(first.at(-1)?.text).toBe(
      'loop is now restarting, RestartCount 1: its restart policy (on-failure:2) starts it again after a back-off that begins at 100 ms, doubles with each restart up to 1 minute, and goes back to 100 ms once a run lasts 10 seconds.',
    );
    // The policy's restarts (and the exits at once that follow them) continue the run's story.
    const again = await explained(sim, () => sim.advance(150));
    expect(again.map((l) => l.action)).toEqual(['create', 'start', 'die', 'start', 'die', null]);
    expect(again[3]?.text).toBe(
      'loop: started again by its restart policy (on-failure:2), with no command: the back-off after its exit is over.',
    );
    const korean = await explained(sim, () => sim.advance(250), KO);
    expect(korean.filter((l) => l.action === 'start')[2]?.text).toContain(
      '재시작 정책(on-failure:2)이 다시 실행했습니다',
    );
    expect(korean.at(-1)?.text).toContain('exited · 종료, 종료 코드 1');
    await sim.exec('docker start loop');
    const stopped = await explained(sim, () => sim.run('docker stop loop'));
    expect(stopped.map((l) => l.text)).toEqual([
      'loop: stopped while it was waiting to be restarted: no process was running, so no signal was needed. The pending restart is cancelled and the last exit code stays.',
      'loop is now exited, with exit code 1: nothing runs, but the container and its layer remain; docker start runs it again, docker rm deletes it.',
    ]);
  });

  it('explains docker rm and the removal of a --rm container as soon as it exits', async () => {
    const sim = createSimulator({ seed: 4 });
    await sim.exec('docker create --name db redis');
    expect((await explained(sim, () => sim.run('docker rm db'))).map((l) => l.text)).toEqual([
      'db: removed (docker rm). The daemon deleted its writable container layer and everything written there; the image is untouched and the name is free again.',
      'db no longer exists.',
    ]);
    await sim.exec('docker run -d --rm --name tmp busybox sleep 100');
    const killed = await explained(sim, () => sim.run('docker kill tmp'));
    expect(killed.map((l) => l.action)).toEqual(['kill', 'die', 'destroy', null]);
    expect(texts(killed, 'destroy')[0]).toContain('because it was started with --rm (AutoRemove)');
  });

  it('explains create, attach and start of a foreground docker run', async () => {
    const sim = createSimulator({ seed: 4 });
    const lines = await explained(sim, () => sim.run('docker run --name hi hello-world'));
    expect(lines.map((l) => l.action)).toEqual(['create', 'attach', 'start', 'die', null]);
    expect(lines[0]?.text).toContain('writable container layer on top of the read-only image layers');
    expect(lines[1]?.text).toContain('the CLI attached to the container’s output');
    expect(lines[2]?.text).toContain('as PID 1');
  });

  it('fills every placeholder, in both languages, whatever happened', async () => {
    for (const t of [EN, KO]) {
      const sim = createSimulator({ seed: 9 });
      const all: Explanation[] = [];
      const run = async (step: () => Promise<unknown>) => all.push(...(await explained(sim, step, t)));
      for (const line of [
        'docker run -d --name web nginx',
        'docker pause web',
        'docker stop web',
        'docker run -d --name loop --restart always busybox false',
        'docker run -d --name keep --stop-signal SIGUSR1 busybox sleep 100',
        'docker stop -s TERM -t 1 keep',
        'docker rm -f loop',
        'docker rm web',
      ]) {
        await run(() => sim.exec(line));
      }
      await run(() => sim.advance(5000));
      expect(all.length).toBeGreaterThan(15);
      for (const l of all) expect(l.text, l.text).not.toMatch(/\{\w+\}/);
    }
  });

  it('says nothing for a step that did nothing', () => {
    expect(explainStep(EN, { events: [], moves: [], report: null, label: '' }, [], signalName)).toEqual([]);
  });
});

describe('explain: a batch that continues an earlier one', () => {
  it('explains a grace period SIGKILL that comes later as the stop’s fallback, and a later docker kill as docker kill', async () => {
    const sim = createSimulator({ seed: 2, autoAdvance: false });
    void sim.exec('docker run -d --name web busybox sleep 300');
    await sim.advance(1);
    let step = -1;
    void sim.exec('docker stop -t 3 web', { onStep: (s) => (step = s) });
    await sim.advance(3001);
    const story = { ...sim.stepTrace(step), report: null, label: 'docker stop -t 3 web' };
    expect(story.events.map((e) => e.event.Action)).toEqual(['kill', 'kill', 'die', 'stop']);
    const lines = explainStep(EN, story, sim.view().containers, signalName);
    expect(texts(lines, 'kill')[1]).toMatch(/grace period ended after 3 s with the main process still running/);
    expect(texts(lines, 'die')[0]).toMatch(/It had ignored SIGTERM/);
    void sim.exec('docker start web');
    await sim.advance(1);
    const killed = await explained(sim, () => sim.run('docker kill web'));
    expect(texts(killed, 'kill')[0]).toMatch(/the default signal of docker kill/);
  });

  it('explains a stop of a --rm container as followed by its removal', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --rm --name rm3 alpine top');
    const lines = await explained(sim, () => sim.run('docker stop rm3'));
    expect(texts(lines, 'stop')[0]).toMatch(/started with --rm \(AutoRemove\), so the daemon removes it now/);
  });
});

describe('explain: a start that fails', () => {
  it('says the container is still created, with the exit code and the error inspect records', async () => {
    const sim = createSimulator({ seed: 2 });
    const lines = await explained(sim, () => sim.run('docker run -d --name bad busybox nosuchcmd'));
    const error = sim.inspect('bad')?.State.Error ?? '';
    expect(error).not.toBe('');
    expect(texts(lines, null)).toEqual([
      `bad is still created: its start failed before any process ran, so docker inspect records exit code 127 and the error: ${error}`,
    ]);
  });
});

describe('explain: docker exec', () => {
  it('explains exec_create, exec_start and exec_die as a second process beside the main one, which keeps running', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    const lines = await explained(sim, () => sim.run('docker exec web sh -c "exit 3"'));
    expect(lines.map((l) => l.action)).toEqual([
      'exec_create: sh -c exit 3',
      'exec_start: sh -c exit 3',
      'exec_die',
      null,
    ]);
    expect(lines[0]?.text).toBe(
      'web: docker exec asked the daemon for an exec instance: sh -c exit 3 will run as a new process inside the container, next to its main process (not as PID 1).',
    );
    expect(texts(lines, 'exec_die')).toEqual([
      'web: the exec’s process exited with code 3. The container goes on running: only its main process ending stops it.',
    ]);
    expect(texts(lines, null)).toEqual(['web is now running: its main process is alive.']);
  });

  it('explains an exec that was still running when the container stopped as ended with it', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker exec -d web sleep 100');
    const lines = await explained(sim, () => sim.run('docker stop web'));
    expect(texts(lines, 'exec_die')).toEqual([
      'web: the exec’s process was ended with the container (exit code 137): when the main process goes, every process of the container goes with it.',
    ]);
  });

  it('explains a refusal on a paused container with Docker’s own text', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker pause web');
    const lines = await explained(sim, () => sim.run('docker exec web echo hi'));
    expect(texts(lines, null)[0]).toBe(
      'Docker refused docker exec web echo hi and changed nothing. It answered: Error response from daemon: Container web is paused, unpause the container before exec',
    );
  });
});

describe('explain: healthchecks', () => {
  /** The step that logged the container's health_status event, explained (in `t`, English by default). */
  async function healthStep(sim: LiveSimulator, ms: number) {
    const before = sim.counts();
    await sim.advance(ms);
    const change = sim.tracedEventsSince(before.events).find((e) => e.event.Action.startsWith('health_status'));
    const step = change?.trace.step ?? -1;
    const story = { ...sim.stepTrace(step), report: null, label: sim.step(step)?.label ?? '' };
    const containers = sim.view().containers;
    return Object.assign(explainStep(EN, story, containers, signalName), {
      ko: explainStep(KO, story, containers, signalName),
    });
  }

  it('explains the probe that made a container healthy, and says its state is still running', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name hc --health-cmd "curl -fs http://localhost/" --health-interval 2s webapp');
    const lines = await healthStep(sim, 6000);
    expect(lines.map((l) => l.action)).toEqual([
      'exec_create: /bin/sh -c curl -fs http://localhost/',
      'exec_die',
      'health_status: healthy',
      null,
    ]);
    expect(lines[0]?.text).toContain('the health monitor ran its check, /bin/sh -c curl -fs http://localhost/,');
    expect(texts(lines, 'exec_die')).toEqual(['hc: the health check passed (exit code 0).']);
    expect(texts(lines, 'health_status: healthy')[0]).toMatch(/^hc is healthy: .*\(healthy\).*still running/);
    expect(texts(lines, null)).toEqual([
      'hc is now running: its main process is alive, and its health check says healthy.',
    ]);
  });

  it('explains unhealthy as retries failures in a row, with the container left running', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec(
      'docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 2 busybox sleep 300',
    );
    const lines = await healthStep(sim, 5000);
    expect(texts(lines, 'exec_die')).toEqual(['hc: the health check failed (exit code 1).']);
    expect(texts(lines, 'health_status: unhealthy')[0]).toMatch(
      /^hc is unhealthy: its health check failed 2 times in a row/,
    );
    expect(texts(lines.ko, 'health_status: unhealthy')[0]).toMatch(
      /^hc 컨테이너는 unhealthy\(비정상\)입니다. 헬스 체크가 연속 2번/,
    );
  });
});

describe('explain: docker attach', () => {
  it('explains docker attach as this terminal connected to the running main process, with the detach keys', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    const before = sim.counts();
    const attached = sim.run('docker attach web');
    const [event] = sim.tracedEventsSince(before.events);
    expect(event?.event.Action).toBe('attach');
    const step = event?.trace.step ?? -1;
    const lines = explainStep(
      EN,
      { ...sim.stepTrace(step), report: null, label: sim.step(step)?.label ?? '' },
      sim.view().containers,
      signalName,
    );
    expect(texts(lines, 'attach')).toEqual([
      'web: docker attach connected this terminal to the running container’s main process: what it prints appears here, and Ctrl+C is passed on to it as SIGINT (unless --sig-proxy=false). If it was started with -it, what you type goes to it, and Ctrl+P then Ctrl+Q detaches and leaves it running.',
    ]);
    await sim.exec('docker stop web');
    await attached;
  });

  it('explains Ctrl+C in docker attach as the CLI’s signal proxy passing SIGINT on', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web busybox sh -c "trap \'exit 0\' INT; while true; do sleep 1; done"');
    const keys = createInterruptSource();
    const attached = sim.run('docker attach web', { interrupts: keys });
    const before = sim.counts();
    keys.interrupt();
    await sim.advance(1500);
    const kill = sim.tracedEventsSince(before.events).find((e) => e.event.Action === 'kill');
    expect(kill?.trace.cause).toBe('attach');
    const step = kill?.trace.step ?? -1;
    const lines = explainStep(
      EN,
      { ...sim.stepTrace(step), report: null, label: sim.step(step)?.label ?? '' },
      sim.view().containers,
      signalName,
    );
    expect(texts(lines, 'kill')).toEqual([
      'web: you pressed Ctrl+C, and docker attach, attached to the container, passed it on as SIGINT (2): the CLI forwards the signals it gets (its signal proxy).',
    ]);
    await attached;
  });
});

describe('explain: rename, update, top and prune', () => {
  it('explains a rename with the old and the new name, and where the container is now by its new name', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    const lines = await explained(sim, () => sim.run('docker rename web api'));
    expect(lines).toEqual([
      {
        action: 'rename',
        name: 'api',
        text: 'api: docker rename gave web the name api. Only the name changes: the ID, the state and the process are the same, and later events carry the new name.',
      },
      { action: null, name: 'api', text: 'api is now running: its main process is alive.' },
    ]);
    const ko = await explained(sim, () => sim.run('docker rename api web'), KO);
    expect(ko[0]?.text).toContain('api → web');
  });

  it('explains docker update --restart with the policy it set', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    const lines = await explained(sim, () => sim.run('docker update --restart on-failure:3 web'));
    expect(texts(lines, 'update')).toEqual([
      'web: docker update changed its settings in place, without restarting it; its restart policy is now on-failure:3.',
    ]);
  });

  it('explains docker top as a question to the daemon that changes nothing', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    const lines = await explained(sim, () => sim.run('docker top web'));
    expect(texts(lines, 'top')[0]).toMatch(/^web: docker top asked the daemon for the processes/);
  });

  it('explains docker container prune: each removal, then the daemon’s own event, with no nameless line', async () => {
    const sim = createSimulator({ seed: 2 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker create --name new busybox');
    await sim.exec('docker run --name done busybox true');
    const lines = await explained(sim, () => sim.run('docker container prune -f'));
    expect(lines.map((l) => [l.action, l.name])).toEqual([
      ['destroy', 'done'],
      ['destroy', 'new'],
      ['prune', ''],
      [null, 'done'],
      [null, 'new'],
    ]);
    expect(texts(lines, 'destroy')[0]).toMatch(
      /^done: removed by docker container prune, which removes every container/,
    );
    expect(texts(lines, 'prune')).toEqual([
      'docker container prune is done: it removed every stopped container (2 in all) and reported the space it reclaimed (0 bytes). This event is the daemon’s, not a container’s: it has no container ID.',
    ]);
    expect(texts(lines, null)).toEqual(['done no longer exists.', 'new no longer exists.']);
    for (const l of lines) expect(l.text).not.toMatch(/^[:\s]/);
  });
});
