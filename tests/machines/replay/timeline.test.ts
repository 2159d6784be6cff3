/** Each container's states over time from its events (machines/replay/timeline.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator, type DockerEvent } from '../../../machines/index';
import { containerTimelines, finalStates, parseEventsLog, stateAt } from '../../../machines/replay/index';

const T = 1767225600e9;
function ev(action: string, id: string, ms: number, attrs: Record<string, string> = {}): DockerEvent {
  return {
    Type: 'container',
    Action: action,
    Actor: { ID: id, Attributes: { image: 'busybox', name: id, ...attrs } },
    scope: 'local',
    time: Math.floor((T + ms * 1e6) / 1e9),
    timeNano: T + ms * 1e6,
  };
}
const states = (events: DockerEvent[]) =>
  containerTimelines(events).map((t) => [t.name, t.changes.map((c) => c.state)]);

describe('containerTimelines', () => {
  it('follows create, start, pause, unpause, kill, die, stop and destroy', () => {
    const t = containerTimelines([
      ev('create', 'web', 0),
      ev('start', 'web', 10),
      ev('pause', 'web', 20),
      ev('unpause', 'web', 30),
      ev('kill', 'web', 40, { signal: '15' }),
      ev('die', 'web', 41, { exitCode: '143' }),
      ev('stop', 'web', 42),
      ev('destroy', 'web', 50),
    ]);
    expect(t).toHaveLength(1);
    expect(t[0]?.changes.map((c) => [c.state, c.action])).toEqual([
      ['created', 'create'],
      ['running', 'start'],
      ['paused', 'pause'],
      ['running', 'unpause'],
      ['exited', 'die'],
      ['removed', 'destroy'],
    ]);
    expect(stateAt(t[0]!, T + 25e6)).toBe('paused');
    expect(stateAt(t[0]!, T - 1e6)).toBeUndefined();
    expect(finalStates(t).size).toBe(0);
  });

  it('reads die followed by start as a policy restart, but not the start of a manual docker restart', () => {
    expect(
      states([
        ev('create', 'job', 0),
        ev('start', 'job', 1),
        ev('die', 'job', 2, { exitCode: '1' }),
        ev('start', 'job', 102),
        ev('die', 'job', 103, { exitCode: '1' }),
        ev('kill', 'web', 104, { signal: '15' }),
        ev('die', 'web', 105),
        ev('stop', 'web', 106),
        ev('start', 'web', 107),
        ev('restart', 'web', 108),
        ev('stop', 'web2', 110),
        ev('die', 'web2', 111),
        ev('start', 'web2', 112),
        ev('restart', 'web2', 113),
      ]),
    ).toEqual([
      ['job', ['created', 'running', 'restarting', 'running', 'exited']],
      ['web', ['running', 'exited', 'running']],
      ['web2', ['exited', 'running']],
    ]);
  });

  it('does not read a start long after a die as a policy restart', () => {
    expect(states([ev('start', 'a', 0), ev('die', 'a', 1), ev('start', 'a', 120_000)])).toEqual([
      ['a', ['running', 'exited', 'running']],
    ]);
  });

  it('takes the new name of a renamed container', () => {
    const t = containerTimelines([
      ev('create', 'x', 0, { name: 'old' }),
      ev('rename', 'x', 1, { name: 'new', oldName: '/old' }),
    ]);
    expect(t[0]?.name).toBe('new');
    expect(finalStates(t).get('new')).toBe('created');
  });

  it("ends where the simulator's inspect says each container is", async () => {
    const sim = createSimulator({ seed: 3 });
    for (const line of [
      'docker run -d --name web nginx',
      'docker run -d --name job --restart on-failure:2 busybox false',
      'docker create --name idle busybox',
      'docker run -d --name paused busybox top',
      'docker pause paused',
      'docker run -d --name gone --rm busybox sh -c "exit 3"',
      'docker run -d --name stopped busybox sleep 1000',
      'docker stop -t 1 stopped',
      'docker run -d --name again busybox top',
      'docker restart again',
      'docker run -d --name loop --restart always busybox false',
    ])
      await sim.exec(line);
    await sim.advance(2500);
    const finals = finalStates(containerTimelines(sim.events()));
    for (const name of ['web', 'job', 'idle', 'paused', 'gone', 'stopped', 'again'])
      expect(finals.get(name), name).toBe(sim.inspect(name)?.State.Status);
    // A log that ends inside a restart back-off ends with a die that nothing follows yet: it
    // cannot tell a policy that will start the container again from one that gave up.
    expect(sim.inspect('loop')?.State.Status).toBe('restarting');
    expect(finals.get('loop')).toBe('exited');
  });

  it('replays the real engine logs recorded in tests/real-docker to the states the engine reported', () => {
    const dir = new URL('../../real-docker/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^engine-.*\.json$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    let checked = 0;
    for (const f of files) {
      const rec = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as {
        scenarios: {
          id: string;
          steps: {
            events: { Action: string; ID: string; Attributes: Record<string, string>; t: number }[];
            containers: { Name: string; Status: string }[];
          }[];
        }[];
      };
      for (const s of rec.scenarios) {
        // A kill during a restart back-off logs nothing (docs/lifecycle.md): the log cannot show it.
        if (s.id === 'always-kill-during-backoff') continue;
        const events: DockerEvent[] = [];
        for (const [i, st] of s.steps.entries()) {
          events.push(...st.events.map((e) => ev(e.Action, e.ID, e.t, e.Attributes)));
          const finals = finalStates(containerTimelines(events));
          // A container in a restart loop may be between its die and its start when looked at.
          if (st.containers.some((c) => c.Status === 'restarting')) continue;
          for (const c of st.containers) expect(finals.get(c.Name), `${f} ${s.id} step ${i} ${c.Name}`).toBe(c.Status);
          expect([...finals.keys()].sort(), `${f} ${s.id} step ${i}`).toEqual(st.containers.map((c) => c.Name).sort());
          checked += st.containers.length;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('reads a real log in the text format through parseEventsLog', () => {
    const log = readFileSync(new URL('./real-events.txt', import.meta.url), 'utf8');
    const parsed = parseEventsLog(log);
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.events.length).toBeGreaterThan(5);
    const json = parseEventsLog(readFileSync(new URL('./real-events.jsonl', import.meta.url), 'utf8'));
    expect(json.unreadable).toEqual([]);
    // The same engine events, read from the two formats, give the same states.
    expect(states(parsed.events)).toEqual(states(json.events));
    expect(json.events.map((e) => e.Action)).toEqual(parsed.events.map((e) => e.Action));
  });
});
