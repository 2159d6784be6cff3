/** A real events log played back as the simulator plays a run (machines/replay/player.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator, edgeAllows, lifecycleGraph, type DockerEvent } from '../../../machines/index';
import { containerTimelines, createReplay, finalStates, parseEventsLog } from '../../../machines/replay/index';

const real = (ext: 'jsonl' | 'txt') => readFileSync(new URL(`./real-events.${ext}`, import.meta.url), 'utf8');
const T = 1767225600e9;
const line = (action: string, id: string, ms: number, attrs: Record<string, string> = {}) =>
  JSON.stringify({
    Type: 'container',
    Action: action,
    Actor: { ID: id, Attributes: { image: 'busybox', name: id, ...attrs } },
    scope: 'local',
    time: Math.floor((T + ms * 1e6) / 1e9),
    timeNano: T + ms * 1e6,
  } satisfies DockerEvent);

describe('a replay of a real log', () => {
  it('ends with every container the log leaves in the state the log leaves it in', () => {
    for (const ext of ['jsonl', 'txt'] as const) {
      const replay = createReplay(real(ext));
      expect(replay.view().containers).toEqual([]);
      while (!replay.atEnd()) replay.next();
      const finals = finalStates(containerTimelines(parseEventsLog(real(ext)).events));
      expect(new Map(replay.view().containers.map((c) => [c.name, c.status]))).toEqual(finals);
      expect(finals.size).toBeGreaterThan(0);
    }
  });

  it('skips and counts the other types, and its moves follow the diagram’s edges', () => {
    const replay = createReplay(real('jsonl'));
    expect(replay.summary.skipped.network).toBeGreaterThan(0);
    expect(replay.summary.unreadable).toEqual([]);
    replay.advance(replay.summary.duration);
    const graph = lifecycleGraph();
    const moves = replay.movesSince(0);
    expect(moves.length).toBeGreaterThan(5);
    for (const m of moves) {
      const edge = graph.edges.find((e) => e.from === m.from && e.to === m.to);
      expect(edge !== undefined && edgeAllows(edge, m.cause), `${m.from}->${m.to} ${m.cause}`).toBe(true);
    }
    // Each container's moves chain: each starts where the one before ended.
    const last = new Map<string, string>();
    for (const m of moves) {
      expect(m.from).toBe(last.get(m.container) ?? 'none');
      last.set(m.container, m.to);
    }
  });

  it('replays the simulator’s own log of the newer verbs (rename, exec, prune) to the states it ended in', async () => {
    const sim = createSimulator({ seed: 3 });
    for (const l of [
      'docker run -d --name web nginx',
      'docker create --name spare busybox',
      'docker run -d --name job busybox sleep 1',
      'docker rename web front',
      'docker exec front ls',
      'docker stop job',
      'docker container prune -f',
    ])
      await sim.exec(l);
    const replay = createReplay(
      sim
        .events()
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    expect(replay.summary.unreadable).toEqual([]);
    expect(replay.summary.skipped).toEqual({ 'container prune': 1 });
    while (!replay.atEnd()) replay.next();
    expect(replay.view().containers.map((c) => [c.name, c.status])).toEqual(
      sim.view().containers.map((c) => [c.name, c.status]),
    );
    expect(replay.view().containers.map((c) => c.name)).toEqual(['front']);
  });

  it('reveals events as the clock reaches them, shortening long idle gaps', () => {
    const log = [line('create', 'a', 0), line('start', 'a', 200), line('stop', 'a', 3_600_000)].join('\n');
    const replay = createReplay(log, { maxGapMs: 5000 });
    expect(replay.summary.duration).toBe(5200);
    expect(replay.summary.span).toBe(3_600_000);
    // Nothing shows before the replay plays; its first moment shows the first event.
    expect(replay.counts()).toEqual({ moves: 0, events: 0 });
    replay.advance(1);
    expect(replay.counts()).toEqual({ moves: 1, events: 1 });
    expect(replay.view().containers.map((c) => c.status)).toEqual(['created']);
    replay.advance(198);
    expect(replay.counts().events).toBe(1);
    replay.advance(1);
    expect(replay.view().containers.map((c) => c.status)).toEqual(['running']);
    replay.next();
    expect(replay.now()).toBe(5200);
    expect(replay.atEnd()).toBe(true);
    expect(replay.view().containers.map((c) => c.status)).toEqual(['exited']);
    expect(replay.logTimeNano()).toBe(T + 3_600_000 * 1e6);
    expect(replay.epoch()).toBe(0);
    replay.rewind();
    expect(replay.epoch()).toBe(1);
    expect(replay.counts()).toEqual({ moves: 0, events: 0 });
    expect(replay.view().containers).toEqual([]);
  });

  it('keeps the containers array while only the clock moves, and tells its listeners', () => {
    const replay = createReplay([line('create', 'a', 0), line('start', 'a', 1000)].join('\n'));
    let told = 0;
    const off = replay.subscribe(() => told++);
    replay.advance(1);
    const first = replay.view().containers;
    expect(first.map((c) => c.status)).toEqual(['created']);
    replay.advance(499);
    expect(replay.view().containers).toBe(first);
    expect(replay.view().now).toBe(500);
    replay.advance(500);
    expect(replay.view().containers).not.toBe(first);
    expect(told).toBe(3);
    off();
    replay.advance(1);
    expect(told).toBe(3);
  });

  it('reads a policy restart as restarting → running by the restart policy', () => {
    const replay = createReplay(
      [
        line('create', 'a', 0),
        line('start', 'a', 10),
        line('die', 'a', 20, { exitCode: '1' }),
        line('start', 'a', 150),
      ].join('\n'),
    );
    replay.advance(1000);
    expect(replay.movesSince(0).map((m) => `${m.from}->${m.to} (${m.cause})`)).toEqual([
      'none->created (create)',
      'created->running (start)',
      'running->restarting (exit)',
      'restarting->running (restart-policy)',
    ]);
    expect(replay.movesSince(0)[2]?.exitCode).toBe(1);
  });

  it('reports an unreadable line by its number and plays the rest', () => {
    const replay = createReplay(
      [line('create', 'a', 0), '<img src=x onerror=alert(1)>', line('start', 'a', 5)].join('\n'),
    );
    expect(replay.summary.unreadable.map((u) => u.line)).toEqual([2]);
    replay.advance(10);
    expect(replay.view().containers.map((c) => c.status)).toEqual(['running']);
  });

  it('replays the simulator’s own log to where the simulator is', async () => {
    const sim = createSimulator({ seed: 5 });
    for (const cmd of [
      'docker run -d --name web nginx',
      'docker create --name idle busybox',
      'docker run -d --name p busybox top',
      'docker pause p',
      'docker run -d --name gone --rm busybox sh -c "exit 3"',
      'docker run -d --name s busybox sleep 1000',
      'docker stop -t 1 s',
    ])
      await sim.exec(cmd);
    await sim.advance(3000);
    const replay = createReplay(
      sim
        .events()
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    replay.advance(replay.summary.duration);
    expect(replay.atEnd()).toBe(true);
    expect(new Map(replay.view().containers.map((c) => [c.name, c.status]))).toEqual(
      new Map(sim.view().containers.map((c) => [c.name, c.status])),
    );
  });

  it('never throws, whatever it is given', () => {
    for (const bad of ['', '\n\n', 'null', '{}', '[]', '{"Type":"container"}', 'x'.repeat(100_000), '\u0000\uffff']) {
      const replay = createReplay(bad);
      replay.advance(1000);
      replay.next();
      expect(replay.view().containers).toEqual([]);
    }
  });
});
