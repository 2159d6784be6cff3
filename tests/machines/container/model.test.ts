/**
 * Model coverage with xstate/graph: the container machine explored from `created` under every
 * event it can receive. Every Docker state must be reachable, and every state × command pair must
 * answer as the spec's transition table says (docker-lifecycle.md §4).
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths, type AdjacencyValue } from 'xstate/graph';
import type { AnyActorLogic } from 'xstate';
import { containerMachine } from '../../../machines/container/machine';
import type { ContainerInput, ContainerContext } from '../../../machines/container/context';
import type { ContainerEvent } from '../../../machines/container/events';
import { IMAGES, resolveProcess } from '../../../machines/processes';

type Snapshot = ReturnType<typeof containerMachine.transition>;

const NOW = 1_000;

/** `busybox sleep 1000 --restart always`: PID 1 ignores SIGTERM; the policy makes `restarting` reachable. */
function input(argv: string[], restart = 'always'): ContainerInput {
  const image = IMAGES.busybox!;
  return {
    id: 'c'.repeat(64),
    name: 'web',
    created: 0,
    config: {
      image: 'busybox',
      cmd: argv,
      entrypoint: null,
      labels: {},
      tty: false,
      openStdin: false,
      autoRemove: false,
      restartPolicy: { Name: restart, MaximumRetryCount: 0 },
      init: false,
    },
    process: resolveProcess({ image, argv, tty: false, interactive: false, init: false }),
    origin: { cause: 'create', step: 0 },
  };
}

const COMMANDS = {
  start: { type: 'cli.start', now: NOW, pid: 100 },
  pause: { type: 'cli.pause', now: NOW },
  unpause: { type: 'cli.unpause', now: NOW },
  stop: { type: 'cli.stop', now: NOW },
  kill: { type: 'cli.kill', now: NOW, signal: 9 },
  restart: { type: 'cli.restart', now: NOW, pid: 101 },
  rm: { type: 'cli.rm', now: NOW, force: false },
  'rm -f': { type: 'cli.rm', now: NOW, force: true },
} satisfies Record<string, ContainerEvent>;
type CommandName = keyof typeof COMMANDS;

const OTHER_EVENTS: ContainerEvent[] = [
  { type: 'process.exit', now: NOW },
  { type: 'process.oom', now: NOW },
  { type: 'timer.grace', now: NOW },
  { type: 'timer.backoff', now: NOW, pid: 102 },
  { type: 'timer.teardown', now: NOW },
  { type: 'fault.teardown', now: NOW, mode: 'fails' },
  { type: 'fault.teardown', now: NOW, mode: 'slow', ms: 500 },
];

const ALL_EVENTS: ContainerEvent[] = [...Object.values(COMMANDS), ...OTHER_EVENTS];

function statusOf(s: Snapshot): string {
  return typeof s.value === 'string' ? s.value : (Object.keys(s.value)[0] ?? '');
}

/** What matters for the graph: the state and the flags that change what a command does. */
function serialize(s: Snapshot): string {
  const c: ContainerContext = s.context;
  return JSON.stringify([
    statusOf(s),
    c.stop?.mode ?? null,
    c.teardownFault?.mode ?? null,
    c.pendingSignals.length > 0,
    c.restartCancelled,
    c.startedAt === null,
  ]);
}

const traversal = {
  input: input(['sleep', '1000']),
  events: ALL_EVENTS,
  serializeState: serialize,
};

// The machine's emitted-event type makes its logic type too narrow for the graph helpers' generic
// parameters; the traversal itself is untyped JSON, so widen it here once.
const logic = containerMachine as unknown as AnyActorLogic;
const adjacency = getAdjacencyMap(logic, traversal as never);
const vertices = Object.values(adjacency) as Array<AdjacencyValue<Snapshot, ContainerEvent>>;

const DOCKER_STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead', 'removed'];

describe('the container machine, explored', () => {
  it('reaches every Docker state from created, and no other stable state', () => {
    const reached = new Set(getShortestPaths(logic, traversal as never).map((p) => statusOf(p.state as Snapshot)));
    expect([...reached].sort()).toEqual([...DOCKER_STATES].sort());
  });

  it('keeps no transient state (exiting, removal) in any snapshot it settles in', () => {
    for (const v of vertices) expect(['exiting', 'removal']).not.toContain(statusOf(v.state));
  });

  it('ends in removed and answers nothing more there', () => {
    const removed = vertices.filter((v) => statusOf(v.state) === 'removed');
    expect(removed.length).toBeGreaterThan(0);
    for (const v of removed) {
      expect(v.state.status).toBe('done');
      for (const t of Object.values(v.transitions)) expect(statusOf(t.state)).toBe('removed');
    }
  });
});

/**
 * §4's table for a process that ignores SIGTERM (sleep as PID 1) with `--restart always`,
 * as the machine answers the moment the command arrives: the next state and the daemon's reply.
 * `pending` means the command returns later (stop's grace period, a slow teardown).
 */
const TABLE: Record<string, Record<CommandName, [string, string]>> = {
  created: {
    start: ['running', 'ok'],
    pause: ['created', 'notRunning'],
    unpause: ['created', 'notPaused'],
    stop: ['created', '304'],
    kill: ['created', 'killNotRunning'],
    restart: ['running', 'ok'],
    rm: ['removed', 'ok'],
    'rm -f': ['removed', 'ok'],
  },
  running: {
    start: ['running', '304'],
    pause: ['paused', 'ok'],
    unpause: ['running', 'notPaused'],
    stop: ['running', 'pending'],
    kill: ['exited', 'ok'],
    restart: ['running', 'pending'],
    rm: ['running', 'rmRunning'],
    'rm -f': ['removed', 'ok'],
  },
  paused: {
    start: ['paused', 'startPaused'],
    pause: ['paused', 'alreadyPaused'],
    unpause: ['running', 'ok'],
    stop: ['running', 'pending'],
    kill: ['exited', 'ok'],
    restart: ['running', 'pending'],
    rm: ['paused', 'rmPaused'],
    'rm -f': ['removed', 'ok'],
  },
  restarting: {
    start: ['restarting', '304'],
    pause: ['restarting', 'restartingCannotPause'],
    unpause: ['restarting', 'notPaused'],
    stop: ['exited', 'ok'],
    kill: ['exited', 'ok'],
    restart: ['running', 'ok'],
    rm: ['restarting', 'rmRestarting'],
    'rm -f': ['removed', 'ok'],
  },
  exited: {
    start: ['running', 'ok'],
    pause: ['exited', 'notRunning'],
    unpause: ['exited', 'notPaused'],
    stop: ['exited', '304'],
    kill: ['exited', 'killNotRunning'],
    restart: ['running', 'ok'],
    rm: ['removed', 'ok'],
    'rm -f': ['removed', 'ok'],
  },
  dead: {
    start: ['dead', 'markedForRemoval'],
    pause: ['dead', 'notRunning'],
    unpause: ['dead', 'notPaused'],
    stop: ['dead', '304'],
    kill: ['dead', 'killNotRunning'],
    restart: ['dead', 'restartFailed'],
    rm: ['removed', 'ok'],
    'rm -f': ['removed', 'ok'],
  },
  removing: {
    start: ['removing', 'markedForRemoval'],
    pause: ['removing', 'notRunning'],
    unpause: ['removing', 'notPaused'],
    stop: ['removing', '304'],
    kill: ['removing', 'killNotRunning'],
    restart: ['removing', 'restartFailed'],
    rm: ['removing', 'removalInProgress'],
    'rm -f': ['removing', 'removalInProgress'],
  },
};

function replyOf(s: Snapshot): string {
  const r = s.context.reply;
  if (r.kind === 'error') return r.error;
  if (r.kind === 'not-modified') return '304';
  return r.kind;
}

/**
 * A settled vertex in `state` with no operation in flight and no fault armed. (With
 * `--restart always`, `exited` is only reached through stop or kill, which cancel the policy.)
 */
function plainVertex(state: string) {
  return vertices.find((v) => {
    const c = v.state.context;
    return statusOf(v.state) === state && c.stop === null && c.teardownFault === null && c.pendingSignals.length === 0;
  });
}

describe.each(Object.keys(TABLE))('from %s', (state) => {
  const vertex = plainVertex(state);
  it('is reachable in the explored graph', () => {
    expect(vertex, `no plain ${state} vertex`).toBeDefined();
  });
  it.each(Object.keys(COMMANDS) as CommandName[])('docker %s answers as the transition table says', (command) => {
    const event = COMMANDS[command];
    const edge = Object.values(vertex!.transitions).find((t) => JSON.stringify(t.event) === JSON.stringify(event));
    expect(edge, 'the explorer sent this command').toBeDefined();
    const next = edge!.state;
    expect([statusOf(next), next.status === 'done' ? 'ok' : replyOf(next)]).toEqual(TABLE[state]![command]);
  });
});
