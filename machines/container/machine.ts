/**
 * One container's lifecycle, in Docker's own state names (docker-lifecycle.md §1, §4–§8).
 *
 * The machine is the daemon's view of one container: every API call (`cli.*`) is answered in every
 * state, with a `reply` in context that the engine reads right after sending; time-dependent steps
 * (the stop grace period, restart back-off, a slow teardown) are deadlines in context that the
 * engine's virtual clock turns into `timer.*` events. It never touches a real clock.
 *
 * Transient states (`exiting`, `removal`) hold the daemon's decisions that follow a process exit
 * (monitor.go handleContainerExit) and a removal (delete.go cleanupContainer), so that every path
 * into them shares one implementation.
 */
import { enqueueActions, setup } from 'xstate';
import { SIGKILL } from '../signals';
import { initialContext, type ContainerContext, type ContainerInput, type Reply } from './context';
import type { ContainerEmitted, ContainerEvent, ContainerGone, StopOptions } from './events';
import {
  decideRestart,
  execDurationSeconds,
  graceDeadline,
  isStopTypeSignal,
  outcomeOf,
  stopSignalOf,
  stopTimeoutOf,
} from './logic';

type Enqueue = {
  emit: (event: ContainerEmitted) => void;
};

/** Announces a Docker event; the engine's driver forwards it into the log. */
function report(
  enqueue: Enqueue,
  ctx: ContainerContext,
  now: number,
  action: string,
  attributes: Record<string, string> = {},
): void {
  enqueue.emit({ type: 'container.event', id: ctx.id, now, action, attributes });
}

function signalOf(ctx: ContainerContext, event: ContainerEvent): number {
  if (event.type === 'cli.kill') return event.signal;
  if (event.type === 'cli.stop' || event.type === 'cli.restart') return stopSignalOf(ctx, event.signal);
  return SIGKILL;
}

/** Would this signal, sent now, end the (running or thawed) process? */
function signalEnds(ctx: ContainerContext, signal: number): boolean {
  return outcomeOf(ctx, signal).kind === 'exits';
}

function exitCodeFor(ctx: ContainerContext, signal: number): number {
  const o = outcomeOf(ctx, signal);
  return o.kind === 'exits' ? o.code : 0;
}

/**
 * How a container with no process answers (created and exited, docker-lifecycle.md §4): start and
 * restart run the process, stop is a 304, kill/pause/unpause are refused, rm removes it.
 */
const NOT_RUNNING = {
  'cli.start': [
    { guard: 'startFailsAutoRemove', target: 'removal', actions: ['resetRestartManager', 'failStart'] },
    { guard: 'startFails', actions: ['resetRestartManager', 'failStart'] },
    { target: 'running', actions: ['resetRestartManager', 'startProcess', { type: 'reply', params: { kind: 'ok' } }] },
  ],
  'cli.restart': [
    { guard: 'startFails', actions: ['resetRestartManager', 'failStart'] },
    { target: 'running', actions: ['resetRestartManager', 'startProcess', 'reportRestart'] },
  ],
  'cli.stop': { actions: { type: 'reply', params: { kind: 'not-modified' } } },
  'cli.kill': { actions: { type: 'reply', params: { kind: 'error', error: 'killNotRunning' } } },
  'cli.pause': { actions: { type: 'reply', params: { kind: 'error', error: 'notRunning' } } },
  'cli.unpause': { actions: { type: 'reply', params: { kind: 'error', error: 'notPaused' } } },
  'cli.rm': { target: 'removal', actions: { type: 'reply', params: { kind: 'ok' } } },
  'fault.teardown': { actions: 'setTeardownFault' },
} as const;

/**
 * How a container marked for removal answers (removing, and dead: §4, §8): it cannot be started,
 * restarted, paused or signalled; stop is a 304. Only `rm` differs between the two.
 */
const MARKED_FOR_REMOVAL = {
  'cli.start': { actions: { type: 'reply', params: { kind: 'error', error: 'markedForRemoval' } } },
  'cli.restart': {
    actions: {
      type: 'reply',
      params: {
        kind: 'error',
        error: 'restartFailed',
        detail: 'container is marked for removal and cannot be started',
      },
    },
  },
  'cli.stop': { actions: { type: 'reply', params: { kind: 'not-modified' } } },
  'cli.kill': { actions: { type: 'reply', params: { kind: 'error', error: 'killNotRunning' } } },
  'cli.pause': { actions: { type: 'reply', params: { kind: 'error', error: 'notRunning' } } },
  'cli.unpause': { actions: { type: 'reply', params: { kind: 'error', error: 'notPaused' } } },
} as const;

export const containerMachine = setup({
  types: {
    context: {} as ContainerContext,
    events: {} as ContainerEvent,
    input: {} as ContainerInput,
    emitted: {} as ContainerEmitted | ContainerGone,
  },
  guards: {
    signalInvalid: ({ event }) => 'signalError' in event && event.signalError !== undefined,
    /** The stop/kill/restart signal ends the process at once (and the container is not left frozen). */
    signalEndsRunning: ({ context, event }) => signalEnds(context, signalOf(context, event)),
    /** On a paused container: the signal thaws it (a stop-type signal) and then ends the process. */
    signalThawsAndEnds: ({ context, event }) => {
      const s = signalOf(context, event);
      return isStopTypeSignal(context, s) && signalEnds(context, s);
    },
    signalThaws: ({ context, event }) => isStopTypeSignal(context, signalOf(context, event)),
    signalIsStopType: ({ context, event }) => isStopTypeSignal(context, signalOf(context, event)),
    isSigkill: ({ event }) => event.type === 'cli.kill' && event.signal === SIGKILL,
    force: ({ event }) => event.type === 'cli.rm' && event.force,
    startFails: ({ context }) => context.process.startError !== undefined,
    startFailsAutoRemove: ({ context }) => context.process.startError !== undefined && context.config.autoRemove,
    neverStarted: ({ context }) => context.startedAt === null,
    thawReleasesExit: ({ context }) =>
      context.pendingExit !== null || context.pendingSignals.some((s) => signalEnds(context, s)),
    removeAfterExit: ({ context }) => context.removeAfterExit,
    restartOperation: ({ context }) => context.stop?.mode === 'restart',
    policyRestarts: ({ context }) => context.exiting?.restart === true,
    autoRemoves: ({ context }) => context.config.autoRemove && !context.manuallyRestarted,
    teardownSlow: ({ context }) => context.teardownFault?.mode === 'slow',
    teardownFails: ({ context }) => context.teardownFault?.mode === 'fails',
    stopInProgress: ({ context }) => context.stop !== null,
  },
  actions: {
    reply: enqueueActions(({ enqueue }, params: Reply) => enqueue.assign({ reply: params })),
    /** The daemon could not parse `-s` (daemon/stop.go containerStop): `invalid signal: FOO`. */
    replyInvalidSignal: enqueueActions(({ event, enqueue }) =>
      enqueue.assign({
        reply: {
          kind: 'error',
          error: 'invalidSignal',
          detail: 'signalError' in event ? (event.signalError ?? '') : '',
        },
      }),
    ),

    /** daemon/start.go containerStart with resetRestartManager (a manual start or restart). */
    resetRestartManager: enqueueActions(({ enqueue }) =>
      enqueue.assign({ restartCount: 0, backoffMs: 0, restartCancelled: false, manuallyStopped: false }),
    ),

    /** SetRunning: a new process, `start` event. */
    startProcess: enqueueActions(({ context, event, enqueue }) => {
      const now = event.now;
      const pid = event.pid ?? context.pid;
      const lifetime = context.process.lifetimeMs;
      enqueue.assign({
        pid,
        startedAt: now,
        exitCode: 0,
        error: '',
        oomKilled: false,
        exitAt: lifetime === null ? null : now + lifetime,
        manuallyRestarted: false,
        backoffUntil: null,
        pendingSignals: [],
        pendingExit: null,
        exiting: null,
      });
      report(enqueue as Enqueue, context, now, 'start');
    }),

    /** The runtime could not exec the command: exit code and error are recorded, no events (§5 start). */
    failStart: enqueueActions(({ context, enqueue }) => {
      const err = context.process.startError;
      if (!err) return;
      enqueue.assign({
        exitCode: err.exitCode,
        error: err.message,
        reply: { kind: 'error', error: 'startFailed', detail: err.message },
      });
    }),

    reportRestart: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event.now, 'restart');
      enqueue.assign({ reply: { kind: 'ok' } });
    }),

    markRestartRequested: enqueueActions(({ enqueue }) => enqueue.assign({ manuallyRestarted: true })),

    /**
     * daemon/kill.go killWithSignal: every signal the daemon sends. Marks the container manually
     * stopped; a stop-type signal cancels the restart policy. Emits `kill` unless the container is
     * between restarts (then no process gets it and no event is logged).
     */
    sendSignal: enqueueActions(({ context, event, enqueue }) => {
      const signal = signalOf(context, event);
      const stopType = isStopTypeSignal(context, signal);
      enqueue.assign({ manuallyStopped: true, ...(stopType ? { restartCancelled: true } : {}) });
      report(enqueue as Enqueue, context, event.now, 'kill', { signal: String(signal) });
    }),

    /** The stop's first signal went unanswered: the SIGKILL fallback, emitted as its own `kill`. */
    sendFallbackKill: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({ manuallyStopped: true, restartCancelled: true });
      report(enqueue as Enqueue, context, event.now, 'kill', { signal: String(SIGKILL) });
    }),

    /** containerd's TaskResumed after the daemon thaws a paused container it signalled (§5). */
    reportThaw: enqueueActions(({ context, event, enqueue }) =>
      report(enqueue as Enqueue, context, event.now, 'unpause'),
    ),

    queueSignal: enqueueActions(({ context, event, enqueue }) =>
      enqueue.assign({ pendingSignals: [...context.pendingSignals, signalOf(context, event)] }),
    ),

    /** A `docker stop` / `docker restart` begins: remember it and when its grace period ends. */
    beginStop: enqueueActions(({ context, event, enqueue }) => {
      const opts = event as StopOptions & { now: number; type: string };
      const mode = event.type === 'cli.restart' || context.stop?.mode === 'restart' ? 'restart' : 'stop';
      const deadline = graceDeadline(event.now, stopTimeoutOf(context, opts.timeout));
      const earlier =
        context.stop === null
          ? deadline
          : context.stop.deadline === null
            ? deadline
            : deadline === null
              ? context.stop.deadline
              : Math.min(deadline, context.stop.deadline);
      enqueue.assign({
        stop: { mode, signal: signalOf(context, event), deadline: earlier },
        reply: { kind: 'pending' },
      });
    }),

    /** The process ends because of the signal just sent. */
    exitBySignal: enqueueActions(({ context, event, enqueue }) =>
      enqueue.assign({ exiting: { code: exitCodeFor(context, signalOf(context, event)), oom: false, restart: false } }),
    ),
    exitByKill: enqueueActions(({ enqueue }) =>
      enqueue.assign({ exiting: { code: 128 + SIGKILL, oom: false, restart: false } }),
    ),
    exitNaturally: enqueueActions(({ context, event, enqueue }) => {
      const code = event.type === 'process.exit' && event.code !== undefined ? event.code : context.process.exitCode;
      enqueue.assign({ exiting: { code, oom: false, restart: false } });
    }),
    exitByOom: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event.now, 'oom');
      enqueue.assign({ exiting: { code: 128 + SIGKILL, oom: true, restart: false } });
    }),
    /** On thaw, what the frozen process was sent (or did) takes effect. */
    exitOnThaw: enqueueActions(({ context, enqueue }) => {
      const code =
        context.pendingExit ??
        context.pendingSignals.map((s) => outcomeOf(context, s)).find((o) => o.kind === 'exits')?.code ??
        0;
      enqueue.assign({
        exiting: { code: code ?? 0, oom: false, restart: false },
        pendingSignals: [],
        pendingExit: null,
      });
    }),
    clearPending: enqueueActions(({ enqueue }) => enqueue.assign({ pendingSignals: [], pendingExit: null })),
    holdExit: enqueueActions(({ context, event, enqueue }) => {
      const code = event.type === 'process.exit' && event.code !== undefined ? event.code : context.process.exitCode;
      enqueue.assign({ pendingExit: code });
    }),
    forceRemoval: enqueueActions(({ enqueue }) => enqueue.assign({ removeAfterExit: true })),

    /**
     * monitor.go handleContainerExit: ask the restart manager, record the exit, emit `die`.
     * (`oom` was reported by exitByOom just before.)
     */
    recordExit: enqueueActions(({ context, event, enqueue }) => {
      const exit = context.exiting ?? { code: 0, oom: false, restart: false };
      const now = event.now;
      const decision = decideRestart(context, exit.code, now);
      enqueue.assign({
        exitCode: exit.code,
        finishedAt: now,
        pid: 0,
        oomKilled: exit.oom,
        exitAt: null,
        backoffMs: decision.backoffMs,
        exiting: { ...exit, restart: decision.restart },
        ...(decision.restart ? { restartCount: context.restartCount + 1, backoffUntil: now + decision.backoffMs } : {}),
      });
      report(enqueue as Enqueue, context, now, 'die', {
        exitCode: String(exit.code),
        execDuration: String(execDurationSeconds(context, now)),
      });
    }),

    /** The stop operation in progress has seen the container stop: `stop` (daemon/stop.go, deferred). */
    finishStop: enqueueActions(({ context, event, enqueue }) => {
      if (context.stop === null) return;
      report(enqueue as Enqueue, context, event.now, 'stop');
      enqueue.assign({ stop: null, reply: { kind: 'ok' } });
    }),

    /** restarting → exited when the restart manager is cancelled: back to the last exit, no `die`. */
    cancelBackoff: enqueueActions(({ enqueue }) =>
      enqueue.assign({ backoffUntil: null, restartCancelled: true, manuallyStopped: true }),
    ),
    reportStop: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event.now, 'stop');
      enqueue.assign({ stop: null });
    }),

    reportPause: enqueueActions(({ context, event, enqueue }) =>
      report(enqueue as Enqueue, context, event.now, 'pause'),
    ),
    reportUnpause: enqueueActions(({ context, event, enqueue }) =>
      report(enqueue as Enqueue, context, event.now, 'unpause'),
    ),

    setTeardownFault: enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'fault.teardown') return;
      enqueue.assign({ teardownFault: event.mode === 'slow' ? { mode: 'slow', ms: event.ms } : { mode: 'fails' } });
    }),
    beginTeardown: enqueueActions(({ context, event, enqueue }) => {
      const ms = context.teardownFault?.mode === 'slow' ? context.teardownFault.ms : 0;
      // An `rm` waits for the teardown; an auto-removal keeps the reply of what caused it.
      enqueue.assign({
        teardownUntil: event.now + ms,
        teardownFault: null,
        reply: context.reply.kind === 'error' ? context.reply : { kind: 'pending' },
        stop: null,
      });
    }),
    /** delete.go: `Dead` is set before the teardown; a failed teardown leaves it so. */
    failTeardown: enqueueActions(({ context, enqueue }) => {
      const detail = `unable to remove filesystem: unlinkat /var/lib/docker/containers/${context.id}/mounts/shm: device or resource busy`;
      enqueue.assign({
        teardownFault: null,
        teardownUntil: null,
        removeAfterExit: false,
        stop: null,
        error: detail,
        reply: { kind: 'error', error: 'teardownFailed', detail },
      });
    }),
    reportGone: enqueueActions(({ context, enqueue }) => enqueue.emit({ type: 'container.gone', id: context.id })),
    destroy: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event.now, 'destroy');
      // A failed start's auto-removal must not turn the start's error into a success.
      enqueue.assign({ teardownUntil: null, reply: context.reply.kind === 'error' ? context.reply : { kind: 'ok' } });
    }),
  },
}).createMachine({
  id: 'container',
  context: ({ input }) => initialContext(input),
  initial: 'created',
  states: {
    created: { on: NOT_RUNNING },

    running: {
      on: {
        'cli.start': { actions: { type: 'reply', params: { kind: 'not-modified' } } },
        'cli.pause': { target: 'paused', actions: ['reportPause', { type: 'reply', params: { kind: 'ok' } }] },
        'cli.unpause': { actions: { type: 'reply', params: { kind: 'error', error: 'notPaused' } } },
        'cli.stop': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          { guard: 'signalEndsRunning', target: 'exiting', actions: ['beginStop', 'sendSignal', 'exitBySignal'] },
          { actions: ['beginStop', 'sendSignal'] },
        ],
        'cli.restart': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          {
            guard: 'signalEndsRunning',
            target: 'exiting',
            actions: ['markRestartRequested', 'beginStop', 'sendSignal', 'exitBySignal'],
          },
          { actions: ['markRestartRequested', 'beginStop', 'sendSignal'] },
        ],
        'cli.kill': [
          {
            guard: 'signalEndsRunning',
            target: 'exiting',
            actions: ['sendSignal', 'exitBySignal', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: ['sendSignal', { type: 'reply', params: { kind: 'ok' } }] },
        ],
        'cli.rm': [
          {
            guard: 'force',
            target: 'exiting',
            actions: ['forceRemoval', 'sendSignal', 'exitByKill', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: { type: 'reply', params: { kind: 'error', error: 'rmRunning' } } },
        ],
        'process.exit': { target: 'exiting', actions: 'exitNaturally' },
        'process.oom': { target: 'exiting', actions: 'exitByOom' },
        'timer.grace': { guard: 'stopInProgress', target: 'exiting', actions: ['sendFallbackKill', 'exitByKill'] },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    paused: {
      on: {
        'cli.start': { actions: { type: 'reply', params: { kind: 'error', error: 'startPaused' } } },
        'cli.pause': { actions: { type: 'reply', params: { kind: 'error', error: 'alreadyPaused' } } },
        'cli.unpause': [
          {
            guard: 'thawReleasesExit',
            target: 'exiting',
            actions: ['reportUnpause', 'exitOnThaw', { type: 'reply', params: { kind: 'ok' } }],
          },
          { target: 'running', actions: ['reportUnpause', 'clearPending', { type: 'reply', params: { kind: 'ok' } }] },
        ],
        'cli.stop': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          {
            guard: 'signalThawsAndEnds',
            target: 'exiting',
            actions: ['beginStop', 'sendSignal', 'reportThaw', 'exitBySignal'],
          },
          { guard: 'signalThaws', target: 'running', actions: ['beginStop', 'sendSignal', 'reportThaw'] },
          { actions: ['beginStop', 'sendSignal', 'queueSignal'] },
        ],
        'cli.restart': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          {
            guard: 'signalThawsAndEnds',
            target: 'exiting',
            actions: ['markRestartRequested', 'beginStop', 'sendSignal', 'reportThaw', 'exitBySignal'],
          },
          {
            guard: 'signalThaws',
            target: 'running',
            actions: ['markRestartRequested', 'beginStop', 'sendSignal', 'reportThaw'],
          },
          { actions: ['markRestartRequested', 'beginStop', 'sendSignal', 'queueSignal'] },
        ],
        'cli.kill': [
          {
            guard: 'isSigkill',
            target: 'exiting',
            actions: ['sendSignal', 'reportThaw', 'exitByKill', { type: 'reply', params: { kind: 'ok' } }],
          },
          {
            guard: 'signalThawsAndEnds',
            target: 'exiting',
            actions: ['sendSignal', 'reportThaw', 'exitBySignal', { type: 'reply', params: { kind: 'ok' } }],
          },
          {
            guard: 'signalThaws',
            target: 'running',
            actions: ['sendSignal', 'reportThaw', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: ['sendSignal', 'queueSignal', { type: 'reply', params: { kind: 'ok' } }] },
        ],
        'cli.rm': [
          {
            guard: 'force',
            target: 'exiting',
            actions: [
              'forceRemoval',
              'sendSignal',
              'reportThaw',
              'exitByKill',
              { type: 'reply', params: { kind: 'ok' } },
            ],
          },
          { actions: { type: 'reply', params: { kind: 'error', error: 'rmPaused' } } },
        ],
        // A frozen process cannot run its own exit; it happens when it is thawed.
        'process.exit': { actions: 'holdExit' },
        'process.oom': { target: 'exiting', actions: 'exitByOom' },
        'timer.grace': {
          guard: 'stopInProgress',
          target: 'exiting',
          actions: ['sendFallbackKill', 'reportThaw', 'exitByKill'],
        },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    restarting: {
      on: {
        'cli.start': { actions: { type: 'reply', params: { kind: 'not-modified' } } },
        'cli.pause': { actions: { type: 'reply', params: { kind: 'error', error: 'restartingCannotPause' } } },
        'cli.unpause': { actions: { type: 'reply', params: { kind: 'error', error: 'notPaused' } } },
        // killWithSignal returns early between restarts: no `kill` event; cancelling the restart
        // manager is what stops it (§7). A signal that is not stop-type cancels nothing.
        'cli.stop': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          {
            guard: 'signalIsStopType',
            target: 'exited',
            actions: ['cancelBackoff', 'reportStop', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: ['beginStop'] },
        ],
        'cli.restart': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          {
            target: 'running',
            actions: [
              'markRestartRequested',
              'cancelBackoff',
              'reportStop',
              'resetRestartManager',
              'startProcess',
              'reportRestart',
            ],
          },
        ],
        'cli.kill': [
          {
            guard: 'signalIsStopType',
            target: 'exited',
            actions: ['cancelBackoff', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: { type: 'reply', params: { kind: 'ok' } } },
        ],
        'cli.rm': [
          { guard: 'force', target: 'removal', actions: ['cancelBackoff', { type: 'reply', params: { kind: 'ok' } }] },
          { actions: { type: 'reply', params: { kind: 'error', error: 'rmRestarting' } } },
        ],
        'timer.backoff': { target: 'running', actions: 'startProcess' },
        'timer.grace': { guard: 'stopInProgress', target: 'exited', actions: ['cancelBackoff', 'reportStop'] },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    /** Answers exactly as `created`; only a zero StartedAt tells them apart (§1.1, rule 6). */
    exited: { on: NOT_RUNNING },

    removing: {
      on: {
        ...MARKED_FOR_REMOVAL,
        'cli.rm': { actions: { type: 'reply', params: { kind: 'error', error: 'removalInProgress' } } },
        'timer.teardown': { target: 'removed', actions: 'destroy' },
      },
    },

    dead: {
      on: {
        ...MARKED_FOR_REMOVAL,
        'cli.rm': { target: 'removal', actions: { type: 'reply', params: { kind: 'ok' } } },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    /** handleContainerExit's decision, taken once per exit. */
    exiting: {
      entry: 'recordExit',
      always: [
        { guard: 'removeAfterExit', target: 'removal', actions: 'finishStop' },
        {
          guard: 'restartOperation',
          target: 'running',
          actions: ['finishStop', 'resetRestartManager', 'startProcess', 'reportRestart'],
        },
        { guard: 'policyRestarts', target: 'restarting', actions: 'finishStop' },
        { guard: 'autoRemoves', target: 'removal', actions: 'finishStop' },
        { target: 'exited', actions: 'finishStop' },
      ],
    },

    /** cleanupContainer's teardown: instant, slow (`removing`), or failed (`dead`). */
    removal: {
      always: [
        { guard: 'teardownSlow', target: 'removing', actions: 'beginTeardown' },
        { guard: 'teardownFails', target: 'dead', actions: 'failTeardown' },
        { target: 'removed', actions: 'destroy' },
      ],
    },

    /** Gone: the engine frees its name and ID. */
    removed: { type: 'final', entry: 'reportGone' },
  },
});

export type ContainerMachine = typeof containerMachine;
