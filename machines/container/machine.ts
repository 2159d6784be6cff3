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
import type { EventTrace, SignalSource } from '../trace';
import type { Cause, LifecycleState } from '../vocabulary';
import { causeOf, stepOf } from './cause';
import { execEnd, execIdOf, execProgram, type ExecRecord } from './execs';
import { endProbe, healthStarts, healthStops, programContextOf, startProbe, validUser } from './health';
import { initialContext, type ContainerContext, type ContainerInput, type Exiting, type Reply } from './context';
import type { ContainerEmitted, ContainerEvent, ContainerGone, ContainerMoved, StopOptions } from './events';
import {
  decideRestart,
  execDurationSeconds,
  exitTimeOf,
  graceDeadline,
  isStopTypeSignal,
  outcomeOf,
  stopSignalOf,
  stopTimeoutOf,
  withCurrentRun,
} from './logic';
import { intervalOf } from './health';

type Enqueue = {
  emit: (event: ContainerEmitted | ContainerMoved) => void;
  assign: (values: Partial<ContainerContext>) => void;
};

type AnyEvent = ContainerEvent | { type: 'xstate.init'; now?: undefined };

/**
 * Announces a Docker event, with why it happened (`trace`); the engine's driver forwards it into
 * the log.
 */
function report(
  enqueue: Enqueue,
  ctx: ContainerContext,
  event: AnyEvent,
  action: string,
  attributes: Record<string, string> = {},
  extra: Partial<EventTrace> = {},
): void {
  const trace: EventTrace = { cause: causeOf(ctx, event), step: stepOf(ctx, event), ...extra };
  enqueue.emit({ type: 'container.event', id: ctx.id, now: event.now ?? ctx.created, action, attributes, trace });
}

/**
 * Records a move from where the container last was to `to` (simulator-contract.md §1.1). States
 * call it on entry; the paths that pass through a state without resting there (a thaw on the way
 * to an exit, the exit before a restart or a removal) call it with that state.
 */
function moveTo(enqueue: Enqueue, ctx: ContainerContext, event: AnyEvent, to: LifecycleState, cause?: Cause): void {
  if (ctx.at === to) return;
  const endsProcess = (ctx.at === 'running' || ctx.at === 'paused') && to !== 'running' && to !== 'paused';
  const exit = endsProcess ? ctx.exiting : null;
  enqueue.emit({
    type: 'container.move',
    id: ctx.id,
    now: event.now ?? ctx.created,
    from: ctx.at,
    to,
    cause: cause ?? exit?.cause ?? causeOf(ctx, event),
    step: stepOf(ctx, event),
    ...(exit ? { exitCode: exit.code, ...(exit.signal !== undefined ? { signal: exit.signal } : {}) } : {}),
  });
  enqueue.assign({ at: to, acting: null });
}

/** Where a stop's first signal came from. */
function signalSource(ctx: ContainerContext, event: ContainerEvent): SignalSource {
  if ((event.type === 'cli.stop' || event.type === 'cli.restart') && event.signal !== undefined) return 'option';
  return ctx.config.stopSignal ? (ctx.config.stopSignalSource ?? 'image') : 'default';
}

/** How a signal that ends the process ends it: it dies of it (128+n), or handles it and exits. */
function exitBySignalOf(ctx: ContainerContext, signal: number, now: number): Exiting {
  const code = exitCodeFor(ctx, signal, now);
  return { code, oom: false, restart: false, how: code === 128 + signal ? 'signal' : 'handled', signal };
}

function signalOf(ctx: ContainerContext, event: ContainerEvent): number {
  if (event.type === 'cli.kill') return event.signal;
  if (event.type === 'cli.stop' || event.type === 'cli.restart') return stopSignalOf(ctx, event.signal);
  return SIGKILL;
}

/** Would this signal, sent now, end the (running or thawed) process at once? */
function signalEnds(ctx: ContainerContext, signal: number, now: number): boolean {
  return outcomeOf(ctx, signal, now).kind === 'exits';
}

function exitCodeFor(ctx: ContainerContext, signal: number, now: number): number {
  const o = outcomeOf(ctx, signal, now);
  return o.kind === 'exits' ? o.code : 0;
}

/**
 * The freezer lets go: the run's frozen stretch ends now, and the process's own end moves to where
 * its steps now put it (a sleep that ended while frozen ends now; timeline.ts).
 */
function thaw(ctx: ContainerContext, now: number): Partial<ContainerContext> {
  const runs = withCurrentRun(ctx, (r) => ({
    ...r,
    pauses: r.pauses.map((p) => (p.to === null ? { ...p, to: now } : p)),
  }));
  const natural = exitTimeOf(ctx, runs);
  const exitAt = ctx.trapped ? Math.min(ctx.trapped.at, natural ?? Infinity) : natural;
  const pauses = runs[runs.length - 1]?.pauses ?? [];
  // Execs were frozen too: their ends move the same way; the health monitor starts again.
  const execs = ctx.execs.map((x) => {
    if (x.end === null) return x;
    const end = execEnd(
      { ok: true, program: x.program, exitCode: x.exitCode, lifetimeMs: 0, readsStdin: false },
      x.start,
      pauses,
    );
    return { ...x, end: end === null ? null : Math.max(now, end) };
  });
  return {
    runs,
    exitAt: exitAt === null || exitAt === Infinity ? null : Math.max(now, exitAt),
    execs,
    health: ctx.health ? { ...ctx.health, nextAt: now + intervalOf(ctx, now) } : null,
  };
}

/** Arms a trap's exit: the process ends at `at` with `code`, for the command that sent `signal`. */
function arm(
  enqueue: Enqueue,
  ctx: ContainerContext,
  event: AnyEvent,
  signal: number,
  at: number,
  code: number,
  cause?: Cause,
): void {
  if (ctx.trapped && ctx.trapped.at <= at) return;
  enqueue.assign({
    trapped: { at, code, signal, cause: cause ?? causeOf(ctx, event), step: stepOf(ctx, event) },
    exitAt: ctx.exitAt === null ? at : Math.min(ctx.exitAt, at),
  });
}

/**
 * How a container with no process answers (created and exited, docker-lifecycle.md §4): start and
 * restart run the process, stop is a 304, kill/pause/unpause are refused, rm removes it.
 */
const NOT_RUNNING = {
  'cli.start': [
    {
      guard: 'startFailsAutoRemove',
      target: 'removal',
      actions: ['resetRestartManager', 'failStart', { type: 'markRemoval', params: { cause: 'auto-remove' } }],
    },
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
  'cli.rm': { target: 'removal', actions: ['markRemoval', { type: 'reply', params: { kind: 'ok' } }] },
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
    signalEndsRunning: ({ context, event }) => signalEnds(context, signalOf(context, event), event.now),
    /** On a paused container: the signal thaws it (a stop-type signal) and then ends the process. */
    signalThawsAndEnds: ({ context, event }) => {
      const s = signalOf(context, event);
      return isStopTypeSignal(context, s) && signalEnds(context, s, event.now);
    },
    signalThaws: ({ context, event }) => isStopTypeSignal(context, signalOf(context, event)),
    signalIsStopType: ({ context, event }) => isStopTypeSignal(context, signalOf(context, event)),
    isSigkill: ({ event }) => event.type === 'cli.kill' && event.signal === SIGKILL,
    force: ({ event }) => event.type === 'cli.rm' && event.force,
    startFails: ({ context }) => context.process.startError !== undefined,
    startFailsAutoRemove: ({ context }) => context.process.startError !== undefined && context.config.autoRemove,
    neverStarted: ({ context }) => context.startedAt === null,
    thawReleasesExit: ({ context, event }) =>
      context.pendingExit !== null || context.pendingSignals.some((s) => signalEnds(context, s, event.now)),
    removeAfterExit: ({ context }) => context.removeAfterExit,
    restartOperation: ({ context }) => context.stop?.mode === 'restart',
    policyRestarts: ({ context }) => context.exiting?.restart === true,
    autoRemoves: ({ context }) => context.config.autoRemove && !context.manuallyRestarted,
    teardownSlow: ({ context }) => context.teardownFault?.mode === 'slow',
    teardownFails: ({ context }) => context.teardownFault?.mode === 'fails',
    stopInProgress: ({ context }) => context.stop !== null,
    markedForRemoval: ({ context }) => context.at === 'removing' || context.at === 'dead',
    isRunning: ({ context }) => context.at === 'running',
    isPaused: ({ context }) => context.at === 'paused',
    isRestarting: ({ context }) => context.at === 'restarting',
    notRunningNow: ({ context }) => context.at !== 'running',
    unknownUser: ({ event }) => event.type === 'cli.exec' && event.user !== undefined && !validUser(event.user),
    /** container_unix.go UpdateContainer: a policy other than `no` on an AutoRemove container. */
    autoRemoveRefusesPolicy: ({ context, event }) =>
      event.type === 'cli.update' &&
      context.config.autoRemove &&
      event.restartPolicy !== undefined &&
      event.restartPolicy.Name !== '' &&
      event.restartPolicy.Name !== 'no',
  },
  actions: {
    reply: enqueueActions(({ enqueue }, params: Reply) => enqueue.assign({ reply: params })),

    replyUnknownUser: enqueueActions(({ event, enqueue }) => {
      const user = event.type === 'cli.exec' ? (event.user ?? '') : '';
      enqueue.assign({ reply: { kind: 'error', error: 'execUser', detail: user.split(':')[0] ?? user } });
    }),

    /**
     * daemon/exec.go: ContainerExecCreate logs `exec_create: CMD`, ContainerExecStart `exec_start:
     * CMD`; a process the runtime cannot start gets no `exec_die` (as a real 20.10 engine shows).
     */
    startExec: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'cli.exec') return;
      const n = context.execCount + 1;
      const id = execIdOf(context.id, n);
      const [entrypoint = '', ...args] = event.argv;
      const command = `${entrypoint} ${args.join(' ')}`;
      report(enqueue as Enqueue, context, event, `exec_create: ${command}`, { execID: id });
      report(enqueue as Enqueue, context, event, `exec_start: ${command}`, { execID: id });
      const pctx = programContextOf(context, {
        env: event.env,
        tty: event.tty,
        stdin: event.stdin,
        ...(event.user !== undefined ? { user: event.user } : {}),
        ...(event.workdir !== undefined ? { workdir: event.workdir } : {}),
      });
      const program = execProgram(event.argv, pctx.ctx, pctx.cwdExists);
      if (!program.ok) {
        enqueue.assign({
          execCount: n,
          lastExecId: id,
          reply: { kind: 'error', error: 'startFailed', detail: `${program.exitCode}:${program.message}` },
        });
        return;
      }
      const pauses = context.runs[context.runs.length - 1]?.pauses ?? [];
      const record: ExecRecord = {
        id,
        command,
        program: program.program,
        exitCode: program.exitCode,
        start: event.now,
        end: execEnd(program, event.now, pauses),
        readsStdin: program.readsStdin,
        tty: event.tty,
        probe: false,
        cause: causeOf(context, event),
        step: stepOf(context, event),
      };
      enqueue.assign({
        execCount: n,
        lastExecId: id,
        lastExec: record,
        execs: [...context.execs, record],
        reply: { kind: 'ok' },
      });
    }),
    /** Execs whose process has ended by itself log `exec_die` (daemon/monitor.go ProcessEvent). */
    endExecs: enqueueActions(({ context, event, enqueue }) => {
      const due = context.execs.filter((x) => !x.probe && x.end !== null && x.end <= event.now);
      for (const x of due) {
        report(
          enqueue as Enqueue,
          context,
          event,
          'exec_die',
          { execID: x.id, exitCode: String(x.exitCode) },
          { cause: x.cause, step: x.step },
        );
      }
      if (due.length > 0) enqueue.assign({ execs: context.execs.filter((x) => !due.includes(x)) });
    }),
    endExecAtEof: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'exec.eof') return;
      const x = context.execs.find((e) => e.id === event.execId && e.readsStdin);
      if (!x) return;
      report(
        enqueue as Enqueue,
        context,
        event,
        'exec_die',
        { execID: x.id, exitCode: '0' },
        { cause: x.cause, step: x.step },
      );
      enqueue.assign({ execs: context.execs.filter((e) => e !== x) });
    }),
    /** The health monitor's timer: a probe starts, or the running one ends (daemon/health.go monitor). */
    healthTick: enqueueActions(({ context, event, enqueue }) => {
      const h = context.health;
      if (!h) return;
      if (h.probe && h.probe.end <= event.now) {
        const done = endProbe(context, h, event.now);
        report(enqueue as Enqueue, context, event, 'exec_die', {
          execID: h.probe.execId,
          exitCode: String(h.probe.timedOut ? 137 : h.probe.exitCode),
        });
        enqueue.assign({ health: done.health });
        if (done.changed) report(enqueue as Enqueue, context, event, `health_status: ${done.health.status}`);
        return;
      }
      if (h.probe === null && h.nextAt !== null && h.nextAt <= event.now) {
        const n = context.execCount + 1;
        const probe = startProbe(context, h, event.now, execIdOf(context.id, n), stepOf(context, event));
        report(enqueue as Enqueue, context, event, `exec_create: ${probe.command}`, {
          execID: probe.health.probe?.execId ?? '',
        });
        report(enqueue as Enqueue, context, event, `exec_start: ${probe.command}`, {
          execID: probe.health.probe?.execId ?? '',
        });
        enqueue.assign({ execCount: n, health: probe.health });
      }
    }),
    setHealthFault: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'fault.health') enqueue.assign({ healthFailing: event.failing });
    }),

    /** daemon/rename.go: the engine has moved the name; the container logs `rename` with the old one. */
    rename: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'cli.rename') return;
      const oldName = `/${context.name}`;
      enqueue.assign({ name: event.name, reply: { kind: 'ok' } });
      report(enqueue as Enqueue, context, event, 'rename', { oldName });
    }),
    /** daemon/update.go: the new restart policy, if any, then `update` (deferred, after the change). */
    update: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'cli.update') return;
      const policy = event.restartPolicy;
      if (policy !== undefined && policy.Name !== '') {
        enqueue.assign({ config: { ...context.config, restartPolicy: { ...policy } } });
      }
      enqueue.assign({ reply: { kind: 'ok' } });
      report(enqueue as Enqueue, context, event, 'update');
    }),

    /** Entry of every resting state: the move that brought the container here. */
    arrive: enqueueActions(({ context, event, enqueue }, to: LifecycleState) => {
      // A removal's moves belong to the removal (rm, or --rm's auto-remove); a failed one is a fault.
      const cause =
        to === 'dead' ? 'fault' : to === 'removed' || to === 'removing' ? context.removal?.cause : undefined;
      moveTo(enqueue as Enqueue, context, event as AnyEvent, to, cause);
    }),
    /** The process has ended and the container is `exited` for an instant (before a restart or a removal). */
    passExited: enqueueActions(({ context, event, enqueue }) =>
      moveTo(enqueue as Enqueue, context, event as AnyEvent, 'exited'),
    ),
    /** Thawed, the container runs for an instant before what it was sent (or did) while frozen ends it. */
    passRunning: enqueueActions(({ context, event, enqueue }) =>
      moveTo(enqueue as Enqueue, context, event as AnyEvent, 'running'),
    ),
    /** The container heads for removal, for this command or for `--rm` (params). */
    markRemoval: enqueueActions(({ context, event, enqueue }, params?: { cause: Cause }) =>
      enqueue.assign({
        removal: { cause: params?.cause ?? causeOf(context, event), step: stepOf(context, event) },
      }),
    ),
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
        runStep: stepOf(context, event),
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
        trapped: null,
        runs: [...context.runs, { start: now, end: null, pauses: [], signals: [] }],
        execs: [],
        health: healthStarts(context, now),
      });
      report(enqueue as Enqueue, context, event, 'start');
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
      report(enqueue as Enqueue, context, event, 'restart');
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
      enqueue.assign({
        manuallyStopped: true,
        ...(stopType ? { restartCancelled: true } : {}),
        runs: withCurrentRun(context, (r) => ({ ...r, signals: [...r.signals, { signal, at: event.now }] })),
      });
      const stopping = event.type === 'cli.stop' || event.type === 'cli.restart';
      report(
        enqueue as Enqueue,
        context,
        event,
        'kill',
        { signal: String(signal) },
        {
          kill: stopping ? { role: 'stop-signal', source: signalSource(context, event) } : { role: 'signal' },
        },
      );
    }),

    /** The stop's first signal went unanswered: the SIGKILL fallback, emitted as its own `kill`. */
    sendFallbackKill: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({
        manuallyStopped: true,
        restartCancelled: true,
        runs: withCurrentRun(context, (r) => ({ ...r, signals: [...r.signals, { signal: SIGKILL, at: event.now }] })),
      });
      const graceMs = context.stop ? event.now - context.stop.since : 0;
      report(
        enqueue as Enqueue,
        context,
        event,
        'kill',
        { signal: String(SIGKILL) },
        {
          kill: { role: 'fallback', graceMs, after: context.stop?.signal ?? SIGKILL },
        },
      );
    }),

    /** containerd's TaskResumed after the daemon thaws a paused container it signalled (§5). */
    reportThaw: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event, 'unpause', {}, { thaw: true });
      enqueue.assign(thaw(context, event.now));
      moveTo(enqueue as Enqueue, context, event, 'running');
    }),
    /** A shell's trap for the signal just sent will end the process when its foreground command ends. */
    armTrap: enqueueActions(({ context, event, enqueue }) => {
      const signal = signalOf(context, event);
      const o = outcomeOf(context, signal, event.now);
      if (o.kind !== 'exits-at' || o.at === null) return;
      arm(enqueue as Enqueue, context, event, signal, o.at, o.code);
    }),
    /** On thaw, a trap for a signal sent while frozen is armed from now. */
    armPendingTraps: enqueueActions(({ context, event, enqueue }) => {
      for (const signal of context.pendingSignals) {
        const o = outcomeOf(context, signal, event.now);
        if (o.kind !== 'exits-at' || o.at === null) continue;
        arm(enqueue as Enqueue, context, event, signal, o.at, o.code, context.pendingCause ?? undefined);
        return;
      }
    }),

    queueSignal: enqueueActions(({ context, event, enqueue }) =>
      enqueue.assign({
        pendingSignals: [...context.pendingSignals, signalOf(context, event)],
        pendingCause: context.pendingCause ?? causeOf(context, event),
      }),
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
      const kept = context.stop;
      enqueue.assign({
        stop: {
          mode,
          signal: signalOf(context, event),
          deadline: earlier,
          // A second stop joins the first: the grace period and its fallback stay the first's.
          since: kept?.since ?? event.now,
          cause: kept?.cause ?? causeOf(context, event),
          step: kept?.step ?? stepOf(context, event),
        },
        reply: { kind: 'pending' },
      });
    }),

    /** The process ends because of the signal just sent. */
    exitBySignal: enqueueActions(({ context, event, enqueue }) =>
      enqueue.assign({ exiting: exitBySignalOf(context, signalOf(context, event), event.now) }),
    ),
    exitByKill: enqueueActions(({ enqueue }) =>
      enqueue.assign({ exiting: { code: 128 + SIGKILL, oom: false, restart: false, how: 'signal', signal: SIGKILL } }),
    ),
    /** The stop's grace period ran out: the process ignored the stop signal and is killed. */
    exitByFallback: enqueueActions(({ context, enqueue }) =>
      enqueue.assign({
        exiting: {
          code: 128 + SIGKILL,
          oom: false,
          restart: false,
          how: 'fallback',
          signal: SIGKILL,
          ...(context.stop ? { ignored: context.stop.signal } : {}),
        },
      }),
    ),
    exitNaturally: enqueueActions(({ context, event, enqueue }) => {
      const given = event.type === 'process.exit' ? event : undefined;
      const trap = context.trapped;
      if (trap && trap.at === event.now && given?.code === undefined) {
        // The shell's trap ran and exited: the signal's sender did it, in its step.
        enqueue.assign({
          exiting: {
            code: trap.code,
            oom: false,
            restart: false,
            how: 'handled',
            signal: trap.signal,
            cause: trap.cause,
          },
          acting: { cause: trap.cause, step: trap.step },
          trapped: null,
        });
        return;
      }
      const code = given?.code !== undefined ? given.code : context.process.exitCode;
      // An end that comes from a signal (a TTY's Ctrl+C) names it; a shell's EOF says so.
      const how = given?.signal !== undefined ? 'signal' : given?.eof || context.process.endsAtEof ? 'eof' : 'natural';
      enqueue.assign({
        exiting: {
          code,
          oom: false,
          restart: false,
          how,
          ...(given?.signal !== undefined ? { signal: given.signal } : {}),
        },
      });
    }),
    exitByOom: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event, 'oom');
      enqueue.assign({ exiting: { code: 128 + SIGKILL, oom: true, restart: false, how: 'oom', signal: SIGKILL } });
    }),
    /** On thaw, what the frozen process was sent (or did) takes effect. */
    exitOnThaw: enqueueActions(({ context, event, enqueue }) => {
      const signal = context.pendingSignals.find((s) => signalEnds(context, s, event.now));
      // What ends it is what it did or was sent while frozen, not the unpause that thawed it.
      const exiting: Exiting =
        context.pendingExit !== null
          ? { code: context.pendingExit, oom: false, restart: false, how: 'natural', cause: 'exit' }
          : signal !== undefined
            ? { ...exitBySignalOf(context, signal, event.now), cause: context.pendingCause ?? 'kill' }
            : { code: 0, oom: false, restart: false, how: 'natural', cause: 'exit' };
      enqueue.assign({ exiting, pendingSignals: [], pendingExit: null, pendingCause: null });
    }),
    clearPending: enqueueActions(({ enqueue }) =>
      enqueue.assign({ pendingSignals: [], pendingExit: null, pendingCause: null }),
    ),
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
      const exit: Exiting = context.exiting ?? { code: 0, oom: false, restart: false, how: 'natural' };
      const now = event.now;
      const decision = decideRestart(context, exit.code, now);
      // The container's processes all go with it: each running exec (a probe too) dies first.
      const probe = context.health?.probe;
      for (const x of context.execs) {
        report(enqueue as Enqueue, context, event, 'exec_die', { execID: x.id, exitCode: '137' });
      }
      if (probe) report(enqueue as Enqueue, context, event, 'exec_die', { execID: probe.execId, exitCode: '137' });
      enqueue.assign({
        exitCode: exit.code,
        finishedAt: now,
        runs: withCurrentRun(context, (r) => (r.end === null ? { ...r, end: now } : r)),
        trapped: null,
        execs: [],
        health: healthStops(context.health),
        pid: 0,
        oomKilled: exit.oom,
        exitAt: null,
        backoffMs: decision.backoffMs,
        exiting: { ...exit, restart: decision.restart },
        ...(decision.restart
          ? {
              restartCount: context.restartCount + 1,
              backoffUntil: now + decision.backoffMs,
              policyStep: stepOf(context, event),
            }
          : {}),
      });
      report(
        enqueue as Enqueue,
        context,
        event,
        'die',
        { exitCode: String(exit.code), execDuration: String(execDurationSeconds(context, now)) },
        {
          exit: {
            how: exit.how,
            ...(exit.signal !== undefined ? { signal: exit.signal } : {}),
            ...(exit.ignored !== undefined ? { ignored: exit.ignored } : {}),
          },
        },
      );
    }),

    /** What follows belongs to the stop or restart in progress, whatever ended the process. */
    actForStop: enqueueActions(({ context, enqueue }) => {
      if (context.stop) enqueue.assign({ acting: { cause: context.stop.cause, step: context.stop.step } });
    }),

    /** The stop operation in progress has seen the container stop: `stop` (daemon/stop.go, deferred). */
    finishStop: enqueueActions(({ context, event, enqueue }) => {
      if (context.stop === null) return;
      report(enqueue as Enqueue, context, event, 'stop', {}, { cause: context.stop.cause, step: context.stop.step });
      enqueue.assign({ stop: null, reply: { kind: 'ok' } });
    }),

    /** restarting → exited when the restart manager is cancelled: back to the last exit, no `die`. */
    cancelBackoff: enqueueActions(({ enqueue }) =>
      enqueue.assign({ backoffUntil: null, restartCancelled: true, manuallyStopped: true }),
    ),
    reportStop: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event, 'stop');
      enqueue.assign({ stop: null });
    }),

    reportPause: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event, 'pause');
      // The health monitor stops while frozen (updateHealthMonitor); its probe goes with it.
      const probe = context.health?.probe;
      if (probe) report(enqueue as Enqueue, context, event, 'exec_die', { execID: probe.execId, exitCode: '137' });
      enqueue.assign({
        runs: withCurrentRun(context, (r) => ({ ...r, pauses: [...r.pauses, { from: event.now, to: null }] })),
        health: healthStops(context.health),
      });
    }),
    reportUnpause: enqueueActions(({ context, event, enqueue }) => {
      report(enqueue as Enqueue, context, event, 'unpause');
      enqueue.assign(thaw(context, event.now));
    }),

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
      report(
        enqueue as Enqueue,
        context,
        event,
        'destroy',
        {},
        { cause: context.removal?.cause ?? causeOf(context, event) },
      );
      // A failed start's auto-removal must not turn the start's error into a success.
      enqueue.assign({ teardownUntil: null, reply: context.reply.kind === 'error' ? context.reply : { kind: 'ok' } });
    }),
  },
}).createMachine({
  id: 'container',
  context: ({ input }) => initialContext(input),
  initial: 'created',
  // Calls that change no state, answered the same in every state (daemon/rename.go, update.go).
  on: {
    'cli.exec': [
      { guard: 'isPaused', actions: { type: 'reply', params: { kind: 'error', error: 'execPaused' } } },
      {
        guard: 'isRestarting',
        actions: { type: 'reply', params: { kind: 'error', error: 'restartingCannotPause' } },
      },
      { guard: 'notRunningNow', actions: { type: 'reply', params: { kind: 'error', error: 'notRunning' } } },
      { guard: 'unknownUser', actions: 'replyUnknownUser' },
      { actions: 'startExec' },
    ],
    'exec.eof': { guard: 'isRunning', actions: 'endExecAtEof' },
    'timer.exec': { guard: 'isRunning', actions: 'endExecs' },
    'timer.health': { guard: 'isRunning', actions: 'healthTick' },
    'fault.health': { actions: 'setHealthFault' },
    'cli.rename': { actions: 'rename' },
    'cli.update': [
      {
        guard: 'markedForRemoval',
        actions: {
          type: 'reply',
          params: {
            kind: 'error',
            error: 'updateFailed',
            detail: 'container is marked for removal and cannot be "update"',
          },
        },
      },
      {
        guard: 'autoRemoveRefusesPolicy',
        actions: {
          type: 'reply',
          params: {
            kind: 'error',
            error: 'updateFailed',
            detail: 'Restart policy cannot be updated because AutoRemove is enabled for the container',
          },
        },
      },
      { actions: 'update' },
    ],
  },
  states: {
    created: { entry: { type: 'arrive', params: 'created' }, on: NOT_RUNNING },

    running: {
      entry: { type: 'arrive', params: 'running' },
      on: {
        'cli.start': { actions: { type: 'reply', params: { kind: 'not-modified' } } },
        'cli.pause': { target: 'paused', actions: ['reportPause', { type: 'reply', params: { kind: 'ok' } }] },
        'cli.unpause': { actions: { type: 'reply', params: { kind: 'error', error: 'notPaused' } } },
        'cli.stop': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          { guard: 'signalEndsRunning', target: 'exiting', actions: ['beginStop', 'sendSignal', 'exitBySignal'] },
          { actions: ['beginStop', 'sendSignal', 'armTrap'] },
        ],
        'cli.restart': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          {
            guard: 'signalEndsRunning',
            target: 'exiting',
            actions: ['markRestartRequested', 'beginStop', 'sendSignal', 'exitBySignal'],
          },
          { actions: ['markRestartRequested', 'beginStop', 'sendSignal', 'armTrap'] },
        ],
        'cli.kill': [
          {
            guard: 'signalEndsRunning',
            target: 'exiting',
            actions: ['sendSignal', 'exitBySignal', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: ['sendSignal', 'armTrap', { type: 'reply', params: { kind: 'ok' } }] },
        ],
        'cli.rm': [
          {
            guard: 'force',
            target: 'exiting',
            actions: [
              'forceRemoval',
              'markRemoval',
              'sendSignal',
              'exitByKill',
              { type: 'reply', params: { kind: 'ok' } },
            ],
          },
          { actions: { type: 'reply', params: { kind: 'error', error: 'rmRunning' } } },
        ],
        'process.exit': { target: 'exiting', actions: 'exitNaturally' },
        'process.oom': { target: 'exiting', actions: 'exitByOom' },
        'timer.grace': { guard: 'stopInProgress', target: 'exiting', actions: ['sendFallbackKill', 'exitByFallback'] },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    paused: {
      entry: { type: 'arrive', params: 'paused' },
      on: {
        'cli.start': { actions: { type: 'reply', params: { kind: 'error', error: 'startPaused' } } },
        'cli.pause': { actions: { type: 'reply', params: { kind: 'error', error: 'alreadyPaused' } } },
        'cli.unpause': [
          {
            guard: 'thawReleasesExit',
            target: 'exiting',
            actions: ['reportUnpause', 'passRunning', 'exitOnThaw', { type: 'reply', params: { kind: 'ok' } }],
          },
          {
            target: 'running',
            actions: ['reportUnpause', 'armPendingTraps', 'clearPending', { type: 'reply', params: { kind: 'ok' } }],
          },
        ],
        'cli.stop': [
          { guard: 'signalInvalid', actions: 'replyInvalidSignal' },
          {
            guard: 'signalThawsAndEnds',
            target: 'exiting',
            actions: ['beginStop', 'sendSignal', 'reportThaw', 'exitBySignal'],
          },
          { guard: 'signalThaws', target: 'running', actions: ['beginStop', 'sendSignal', 'reportThaw', 'armTrap'] },
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
            actions: ['markRestartRequested', 'beginStop', 'sendSignal', 'reportThaw', 'armTrap'],
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
            actions: ['sendSignal', 'reportThaw', 'armTrap', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: ['sendSignal', 'queueSignal', { type: 'reply', params: { kind: 'ok' } }] },
        ],
        'cli.rm': [
          {
            guard: 'force',
            target: 'exiting',
            actions: [
              'forceRemoval',
              'markRemoval',
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
          actions: ['sendFallbackKill', 'reportThaw', 'exitByFallback'],
        },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    restarting: {
      entry: { type: 'arrive', params: 'restarting' },
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
              'passExited',
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
          {
            guard: 'force',
            target: 'removal',
            actions: ['cancelBackoff', 'passExited', 'markRemoval', { type: 'reply', params: { kind: 'ok' } }],
          },
          { actions: { type: 'reply', params: { kind: 'error', error: 'rmRestarting' } } },
        ],
        'timer.backoff': { target: 'running', actions: 'startProcess' },
        'timer.grace': { guard: 'stopInProgress', target: 'exited', actions: ['cancelBackoff', 'reportStop'] },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    /** Answers exactly as `created`; only a zero StartedAt tells them apart (§1.1, rule 6). */
    exited: { entry: { type: 'arrive', params: 'exited' }, on: NOT_RUNNING },

    removing: {
      entry: { type: 'arrive', params: 'removing' },
      on: {
        ...MARKED_FOR_REMOVAL,
        'cli.rm': { actions: { type: 'reply', params: { kind: 'error', error: 'removalInProgress' } } },
        'timer.teardown': { target: 'removed', actions: 'destroy' },
      },
    },

    dead: {
      entry: { type: 'arrive', params: 'dead' },
      on: {
        ...MARKED_FOR_REMOVAL,
        'cli.rm': { target: 'removal', actions: ['markRemoval', { type: 'reply', params: { kind: 'ok' } }] },
        'fault.teardown': { actions: 'setTeardownFault' },
      },
    },

    /** handleContainerExit's decision, taken once per exit. */
    exiting: {
      entry: 'recordExit',
      // A restart or a removal passes through `exited` on its way (the process has ended).
      always: [
        { guard: 'removeAfterExit', target: 'removal', actions: ['finishStop', 'passExited'] },
        {
          guard: 'restartOperation',
          target: 'running',
          actions: ['passExited', 'actForStop', 'finishStop', 'resetRestartManager', 'startProcess', 'reportRestart'],
        },
        { guard: 'policyRestarts', target: 'restarting', actions: 'finishStop' },
        {
          guard: 'autoRemoves',
          target: 'removal',
          actions: ['finishStop', 'passExited', { type: 'markRemoval', params: { cause: 'auto-remove' } }],
        },
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
    removed: { type: 'final', entry: [{ type: 'arrive', params: 'removed' }, 'reportGone'] },
  },
});

export type ContainerMachine = typeof containerMachine;
