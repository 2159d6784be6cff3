/**
 * Property tests: random docker command sequences over a few containers, driven through the
 * public headless API only (createSimulator → exec / advance / inject / events / inspect), with
 * the invariants a user would notice checked after every step (docker-lifecycle.md §1, §2, §4, §5, §7).
 *
 * Container names are `web`, `job` and `svc` (Docker refuses one-letter names, and a name made of
 * hex digits could also match an ID prefix), plus `ghost`, which never exists, and `once`, a
 * container that always ends by itself, for `docker wait` (a wait on a process that never ends
 * would hold a headless exec for ever).
 *
 * Besides the lifecycle verbs, scripts rename, exec into, update, wait for, read the logs of and
 * prune containers, and some containers have a healthcheck whose probes the health fault fails.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTOMATIC_CAUSES, createSimulator, edgeAllows, lifecycleGraph } from '../../machines/index';
import type {
  ContainerInspect,
  DockerEvent,
  ExecResult,
  LiveSimulator,
  Simulator,
  TracedEvent,
} from '../../machines/index';

// ---------------------------------------------------------------------------------------------
// The generated scripts
// ---------------------------------------------------------------------------------------------

const NAMES = ['web', 'job', 'svc'] as const;
const GHOST = 'ghost';
const SIGNALS = ['TERM', 'HUP', 'INT', 'QUIT', 'KILL'] as const;
type Sig = (typeof SIGNALS)[number];
type Verb =
  | 'run'
  | 'create'
  | 'start'
  | 'stop'
  | 'kill'
  | 'pause'
  | 'unpause'
  | 'restart'
  | 'rm'
  | 'rename'
  | 'exec'
  | 'wait'
  | 'update'
  | 'prune'
  | 'logs';
type InjectedFault =
  { type: 'exit'; code: number } | { type: 'oom' } | { type: 'health-fails' } | { type: 'health-recovers' };
/** The verbs that never move a container themselves (time may pass while `wait` waits). */
const STILL_VERBS = ['rename', 'exec', 'wait', 'update', 'logs'] as const;

interface ExecStep {
  kind: 'exec';
  line: string;
  verb: Verb;
  /** The container arguments, as typed. */
  targets: string[];
  /** stop / kill: the signal given with -s (kill defaults to KILL). */
  signal?: Sig;
  force?: boolean;
}
interface AdvanceStep {
  kind: 'advance';
  ms: number;
}
interface InjectStep {
  kind: 'inject';
  name: string;
  fault: InjectedFault;
}
type Step = ExecStep | AdvanceStep | InjectStep;

const WORKLOADS = [
  'busybox sleep 5',
  'busybox top',
  'redis',
  'nginx',
  "busybox sh -c 'sleep 2; exit 3'",
  'busybox false',
] as const;

const nameArb = fc.oneof(
  { weight: 15, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constant(GHOST) },
);
const targetsArb = fc.oneof(
  { weight: 6, arbitrary: nameArb.map((n) => [n]) },
  { weight: 1, arbitrary: fc.uniqueArray(nameArb, { minLength: 2, maxLength: 2 }) },
);
const signalArb = fc.constantFrom(...SIGNALS);
const timeoutArb = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined, freq: 2 });

const createArb = (verb: 'run' | 'create'): fc.Arbitrary<ExecStep> =>
  fc
    .record({
      workload: fc.constantFrom(...WORKLOADS),
      restart: fc.constantFrom(
        undefined,
        undefined,
        undefined,
        'on-failure:2',
        'always',
        'on-failure:1',
        'unless-stopped',
      ),
      rm: fc.boolean(),
      init: fc.boolean(),
      stopTimeout: fc.boolean(),
      // A few containers get a generated name (they can only be reached through their ID).
      name: fc.option(fc.constantFrom(...NAMES), { nil: undefined, freq: 12 }),
      // One container in five or so has a healthcheck (its probes log exec and health events).
      health: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    })
    .map(({ workload, restart, rm, init, stopTimeout, name, health }) => {
      // `busybox false` always carries a policy (it would be over at once otherwise); --rm never
      // goes with a policy (E19), except the odd conflicting line, which the CLI must refuse.
      const policy =
        workload === 'busybox false' ? (restart?.startsWith('on-failure') ? 'on-failure:2' : 'always') : restart;
      const flags = [
        verb === 'run' ? '-d' : '',
        rm && (policy === undefined || stopTimeout) ? '--rm' : '',
        init ? '--init' : '',
        stopTimeout ? '--stop-timeout 3' : '',
        policy ? `--restart ${policy}` : '',
        name ? `--name ${name}` : '',
        health ? '--health-cmd true --health-interval 2s --health-retries 1' : '',
      ].filter((f) => f !== '');
      return {
        kind: 'exec' as const,
        verb,
        line: ['docker', verb, ...flags, workload].join(' '),
        targets: name ? [name] : [],
      };
    });

const plain = (verb: Verb): fc.Arbitrary<ExecStep> =>
  targetsArb.map((targets) => ({ kind: 'exec', verb, targets, line: ['docker', verb, ...targets].join(' ') }));

const stopArb: fc.Arbitrary<ExecStep> = fc
  .record({ targets: targetsArb, t: timeoutArb, s: fc.option(signalArb, { nil: undefined, freq: 4 }) })
  .map(({ targets, t, s }) => ({
    kind: 'exec',
    verb: 'stop',
    targets,
    ...(s ? { signal: s } : {}),
    line: ['docker stop', t !== undefined ? `-t ${t}` : '', s ? `-s ${s}` : '', ...targets]
      .filter((w) => w !== '')
      .join(' '),
  }));

const killArb: fc.Arbitrary<ExecStep> = fc
  .record({ targets: targetsArb, s: fc.option(signalArb, { nil: undefined, freq: 2 }) })
  .map(({ targets, s }) => ({
    kind: 'exec',
    verb: 'kill',
    targets,
    signal: s ?? 'KILL',
    line: ['docker kill', s ? `-s ${s}` : '', ...targets].filter((w) => w !== '').join(' '),
  }));

const restartArb: fc.Arbitrary<ExecStep> = fc.record({ targets: targetsArb, t: timeoutArb }).map(({ targets, t }) => ({
  kind: 'exec',
  verb: 'restart',
  targets,
  line: ['docker restart', t !== undefined ? `-t ${t}` : '', ...targets].filter((w) => w !== '').join(' '),
}));

const rmArb: fc.Arbitrary<ExecStep> = fc
  .record({ targets: targetsArb, force: fc.boolean() })
  .map(({ targets, force }) => ({
    kind: 'exec',
    verb: 'rm',
    targets,
    force,
    line: ['docker rm', force ? '-f' : '', ...targets].filter((w) => w !== '').join(' '),
  }));

/** `docker rename A B` among the names (often refused: B is taken, or A is missing). */
const renameArb: fc.Arbitrary<ExecStep> = fc
  .record({ from: nameArb, to: fc.constantFrom(...NAMES) })
  .map(({ from, to }) => ({ kind: 'exec', verb: 'rename', targets: [from], line: `docker rename ${from} ${to}` }));

/** `docker exec` of something short (attached, -d, failing, missing): never -i, which would wait. */
const execArb: fc.Arbitrary<ExecStep> = fc
  .record({
    name: nameArb,
    command: fc.constantFrom('echo hi', 'sh -c "exit 2"', 'sleep 2', 'nosuchcmd', 'cat /etc/hostname'),
    detach: fc.boolean(),
  })
  .map(({ name, command, detach }) => ({
    kind: 'exec',
    verb: 'exec',
    targets: [name],
    line: ['docker exec', detach ? '-d' : '', name, command].filter((w) => w !== '').join(' '),
  }));

/** `docker wait` only on `once`, whose process ends by itself within 3 s (or that is gone). */
const onceArb: fc.Arbitrary<ExecStep> = fc.constantFrom<ExecStep>(
  { kind: 'exec', verb: 'run', targets: ['once'], line: 'docker run -d --name once busybox sleep 3' },
  { kind: 'exec', verb: 'wait', targets: ['once'], line: 'docker wait once' },
  { kind: 'exec', verb: 'wait', targets: ['once'], line: 'docker container wait once' },
);

const updateArb: fc.Arbitrary<ExecStep> = fc
  .record({ targets: targetsArb, policy: fc.constantFrom('no', 'always', 'on-failure:1', 'unless-stopped') })
  .map(({ targets, policy }) => ({
    kind: 'exec',
    verb: 'update',
    targets,
    line: ['docker update --restart', policy, ...targets].join(' '),
  }));

const pruneArb: fc.Arbitrary<ExecStep> = fc
  .constantFrom('docker container prune -f', 'docker container prune -f --filter until=1s')
  .map((line) => ({ kind: 'exec', verb: 'prune', targets: [], line }));

const logsArb: fc.Arbitrary<ExecStep> = fc
  .record({ name: nameArb, flags: fc.constantFrom('', '-t', '--tail 2', '--since 5s') })
  .map(({ name, flags }) => ({
    kind: 'exec',
    verb: 'logs',
    targets: [name],
    line: ['docker logs', flags, name].filter((w) => w !== '').join(' '),
  }));

const advanceArb: fc.Arbitrary<Step> = fc
  .constantFrom(0, 50, 100, 250, 1_000, 2_500, 5_000, 11_000, 60_000)
  .map((ms) => ({ kind: 'advance', ms }));

const injectArb: fc.Arbitrary<Step> = fc
  .record({
    name: nameArb,
    fault: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(0, 1, 3, 137).map((code): InjectedFault => ({ type: 'exit', code })) },
      { weight: 1, arbitrary: fc.constant<InjectedFault>({ type: 'oom' }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<InjectedFault>({ type: 'health-fails' }, { type: 'health-recovers' }),
      },
    ),
  })
  .map(({ name, fault }) => ({ kind: 'inject', name, fault }));

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: createArb('run') },
  { weight: 2, arbitrary: createArb('create') },
  { weight: 3, arbitrary: plain('start') },
  { weight: 4, arbitrary: stopArb },
  { weight: 3, arbitrary: killArb },
  { weight: 3, arbitrary: plain('pause') },
  { weight: 3, arbitrary: plain('unpause') },
  { weight: 2, arbitrary: restartArb },
  { weight: 3, arbitrary: rmArb },
  { weight: 4, arbitrary: advanceArb },
  { weight: 2, arbitrary: injectArb },
  { weight: 1, arbitrary: renameArb },
  { weight: 2, arbitrary: execArb },
  { weight: 1, arbitrary: onceArb },
  { weight: 1, arbitrary: updateArb },
  { weight: 1, arbitrary: pruneArb },
  { weight: 1, arbitrary: logsArb },
);

/** A script opens with a few containers, then mixes everything (up to 40 steps in all). */
const scriptArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    opening: fc.array(
      fc.oneof({ weight: 3, arbitrary: createArb('run') }, { weight: 1, arbitrary: createArb('create') }),
      { maxLength: 4 },
    ),
    rest: fc.array(stepArb, { maxLength: 36, size: 'max' }),
  })
  .map(({ seed, opening, rest }) => ({ seed, steps: [...opening, ...rest] }));
type Script = { seed: number; steps: Step[] };

const RUNS = { numRuns: 200 } as const;
/** Each property takes about a second here; the margin is for slow, busy CI machines. */
const TIMEOUT = 30_000;

function render(step: Step): string {
  switch (step.kind) {
    case 'exec':
      return step.line;
    case 'advance':
      return `advance(${step.ms})`;
    case 'inject':
      return `inject('${step.name}', ${JSON.stringify(step.fault)})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Playing a script
// ---------------------------------------------------------------------------------------------

const PARKED = Symbol('parked');

/** exec, failing if it throws, rejects, does not resolve at once (headless) or returns a bad shape. */
async function execChecked(sim: Simulator, line: string): Promise<ExecResult> {
  let pending: Promise<ExecResult>;
  try {
    pending = sim.exec(line);
  } catch (e) {
    throw new Error(`exec threw: ${String(e)}`, { cause: e });
  }
  let r: ExecResult | typeof PARKED;
  try {
    r = await Promise.race([pending, new Promise<typeof PARKED>((res) => setImmediate(() => res(PARKED)))]);
  } catch (e) {
    throw new Error(`exec rejected: ${String(e)}`, { cause: e });
  }
  if (r === PARKED) throw new Error('exec did not return (a headless exec must resolve without real time passing)');
  if (typeof r !== 'object' || r === null) throw new Error(`exec returned ${String(r)}`);
  if (typeof r.stdout !== 'string' || typeof r.stderr !== 'string')
    throw new Error(`exec returned non-string output: ${JSON.stringify(r)}`);
  if (!Number.isInteger(r.exitCode) || r.exitCode < 0 || r.exitCode > 255)
    throw new Error(`exec returned exit code ${String(r.exitCode)}`);
  return r;
}

interface StepContext {
  sim: LiveSimulator;
  /** The step the command opened (a command is always the first step it opens); -1 otherwise. */
  commandStep: number;
  /** The events the step added, with what the model says caused them. */
  newTraced: readonly TracedEvent[];
  script: Script;
  index: number;
  step: Step;
  result: ExecResult | null;
  /** The IDs the step's container arguments named just before it ran (undefined: none). */
  targetIds: (string | undefined)[];
  /** inspect() of every existing container just before and just after the step, by ID. */
  before: ReadonlyMap<string, ContainerInspect>;
  after: ReadonlyMap<string, ContainerInspect>;
  /** Events the step added, and the whole log. */
  newEvents: readonly DockerEvent[];
  allEvents: readonly DockerEvent[];
  /** Every ID ever seen in a `create` event, and the ones seen in `destroy`. */
  created: ReadonlySet<string>;
  destroyed: ReadonlySet<string>;
}

/** One invariant: a fresh checker per played script (it may keep state across steps). */
type Invariant = () => (ctx: StepContext) => void | Promise<void>;

class Violation extends Error {}

function fail(ctx: StepContext, message: string): never {
  const lines = ctx.script.steps.slice(0, ctx.index + 1).map((s, i) => `  ${i + 1}. ${render(s)}`);
  const last = ctx.result ? `\nlast result: ${JSON.stringify(ctx.result)}` : '';
  throw new Violation(
    `${message}\nseed ${ctx.script.seed}, after step ${ctx.index + 1} of:\n${lines.join('\n')}${last}`,
  );
}

function snapshot(sim: Simulator, ids: Iterable<string>): Map<string, ContainerInspect> {
  const out = new Map<string, ContainerInspect>();
  for (const id of ids) {
    const c = sim.inspect(id);
    if (c) out.set(id, c);
  }
  return out;
}

/** What the script printed and logged, for the replay comparison. */
async function play(script: Script, invariants: readonly Invariant[]): Promise<string> {
  const sim = createSimulator({ seed: script.seed });
  const checks = invariants.map((make) => make());
  const created = new Set<string>();
  const destroyed = new Set<string>();
  const transcript: string[] = [];
  let before = new Map<string, ContainerInspect>();
  let seen = 0;
  for (let index = 0; index < script.steps.length; index++) {
    const step = script.steps[index]!;
    const names = step.kind === 'exec' ? step.targets : step.kind === 'inject' ? [step.name] : [];
    const targetIds = names.map((n) => sim.inspect(n)?.Id);
    let result: ExecResult | null = null;
    const commandStep = step.kind === 'exec' ? sim.counts().steps : -1;
    if (step.kind === 'exec') {
      result = await execChecked(sim, step.line);
      transcript.push(JSON.stringify(result));
    } else if (step.kind === 'advance') {
      await sim.advance(step.ms);
    } else {
      await sim.inject(step.name, step.fault);
    }
    const allEvents = sim.events();
    const newEvents = allEvents.slice(seen);
    const newTraced = sim.tracedEventsSince(seen);
    seen = allEvents.length;
    for (const e of newEvents) {
      if (e.Action === 'create') created.add(e.Actor.ID);
      if (e.Action === 'destroy') destroyed.add(e.Actor.ID);
    }
    const after = snapshot(
      sim,
      [...created].filter((id) => !destroyed.has(id)),
    );
    const ctx: StepContext = {
      sim,
      commandStep,
      newTraced,
      script,
      index,
      step,
      result,
      targetIds,
      before,
      after,
      newEvents,
      allEvents,
      created,
      destroyed,
    };
    for (const check of checks) await check(ctx);
    before = after;
  }
  transcript.push(JSON.stringify(sim.events()));
  transcript.push(JSON.stringify([...created].map((id) => sim.inspect(id) ?? null)));
  return transcript.join('\n');
}

async function holds(invariants: readonly Invariant[], params: fc.Parameters<[Script]> = RUNS): Promise<void> {
  await fc.assert(
    fc.asyncProperty(scriptArb, async (script) => {
      await play(script, invariants);
    }),
    params,
  );
}

const idsIn = (stdout: string): string[] => stdout.split('\n').filter((l) => l !== '');
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

// ---------------------------------------------------------------------------------------------
// The invariants
// ---------------------------------------------------------------------------------------------

/** Nothing beyond execChecked itself: every exec resolves at once with strings and an integer code. */
const execReturns: Invariant = () => () => {};

const removedStaysRemoved: Invariant = () => {
  const gone = new Map<string, number>();
  return (ctx) => {
    for (const e of ctx.newEvents) {
      if (gone.has(e.Actor.ID)) fail(ctx, `event ${e.Action} for ${e.Actor.ID}, which was destroyed before`);
    }
    ctx.newEvents.forEach((e) => {
      if (e.Action === 'destroy' && !gone.has(e.Actor.ID)) gone.set(e.Actor.ID, ctx.index);
    });
    // Within this step's own events: nothing after the destroy either.
    const seenDestroy = new Set<string>();
    for (const e of ctx.newEvents) {
      if (seenDestroy.has(e.Actor.ID)) fail(ctx, `event ${e.Action} for ${e.Actor.ID} after its destroy`);
      if (e.Action === 'destroy') seenDestroy.add(e.Actor.ID);
    }
    for (const id of gone.keys()) {
      const c = ctx.sim.inspect(id);
      if (c !== undefined) fail(ctx, `inspect(${id}) is ${c.State.Status} after its destroy event`);
    }
  };
};

const psListsRunning: Invariant = () => async (ctx) => {
  const running = sorted([...ctx.after].filter(([, c]) => c.State.Running).map(([id]) => id));
  const ps = await execChecked(ctx.sim, 'docker ps -q --no-trunc');
  if (ps.exitCode !== 0 || ps.stderr !== '') fail(ctx, `docker ps -q --no-trunc failed: ${JSON.stringify(ps)}`);
  const listed = sorted(idsIn(ps.stdout));
  if (JSON.stringify(listed) !== JSON.stringify(running)) {
    fail(
      ctx,
      `docker ps -q --no-trunc listed ${JSON.stringify(listed)}, but State.Running is true for ${JSON.stringify(running)}`,
    );
  }
};

const psAllListsExisting: Invariant = () => async (ctx) => {
  const existing = sorted([...ctx.created].filter((id) => !ctx.destroyed.has(id)));
  const missing = existing.filter((id) => !ctx.after.has(id));
  if (missing.length > 0)
    fail(ctx, `inspect() is undefined for existing (created, not destroyed) containers ${JSON.stringify(missing)}`);
  const ps = await execChecked(ctx.sim, 'docker ps -a -q --no-trunc');
  if (ps.exitCode !== 0 || ps.stderr !== '') fail(ctx, `docker ps -a -q --no-trunc failed: ${JSON.stringify(ps)}`);
  const listed = sorted(idsIn(ps.stdout));
  if (JSON.stringify(listed) !== JSON.stringify(existing)) {
    fail(
      ctx,
      `docker ps -a -q --no-trunc listed ${JSON.stringify(listed)}, but the existing containers are ${JSON.stringify(existing)}`,
    );
  }
};

const dieCodeIsExitCode: Invariant = () => (ctx) => {
  const latest = new Map<string, DockerEvent>();
  for (const e of ctx.allEvents) latest.set(e.Actor.ID, e);
  for (const [id, c] of ctx.after) {
    const e = latest.get(id);
    if (e?.Action !== 'die') continue;
    const code = Number(e.Actor.Attributes.exitCode);
    if (c.State.ExitCode !== code)
      fail(
        ctx,
        `${c.Name}: latest event is die(exitCode=${code}) but State.ExitCode is ${c.State.ExitCode} (${c.State.Status})`,
      );
  }
};

const flagsAgreeWithStatus: Invariant = () => (ctx) => {
  for (const c of ctx.after.values()) {
    const s = c.State;
    const expected = {
      Paused: s.Status === 'paused',
      Restarting: s.Status === 'restarting',
      Running: s.Status === 'running' || s.Status === 'paused' || s.Status === 'restarting',
      Dead: s.Status === 'dead',
      'Pid > 0': s.Status === 'running' || s.Status === 'paused',
    };
    const actual = {
      Paused: s.Paused,
      Restarting: s.Restarting,
      Running: s.Running,
      Dead: s.Dead,
      'Pid > 0': s.Pid > 0,
    };
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      if (expected[key] !== actual[key])
        fail(ctx, `${c.Name} is ${s.Status} but ${key} is ${String(actual[key])} (State ${JSON.stringify(s)})`);
    }
  }
};

const namesUnique: Invariant = () => (ctx) => {
  const byName = new Map<string, string>();
  for (const [id, c] of ctx.after) {
    const other = byName.get(c.Name);
    if (other !== undefined) fail(ctx, `name ${c.Name} is held by both ${other} and ${id}`);
    byName.set(c.Name, id);
  }
};

const timeNeverDecreases: Invariant = () => {
  let last: DockerEvent | undefined;
  return (ctx) => {
    for (const e of ctx.newEvents) {
      if (!Number.isInteger(e.time) || e.time !== Math.floor(e.timeNano / 1e9))
        fail(ctx, `event ${e.Action} has time ${e.time} and timeNano ${e.timeNano}`);
      if (last && (e.timeNano < last.timeNano || e.time < last.time)) {
        fail(ctx, `event ${e.Action} at ${e.timeNano} comes after ${last.Action} at ${last.timeNano}`);
      }
      last = e;
    }
  };
};

const startAfterDestroy: Invariant = () => {
  const destroyed = new Set<string>();
  return (ctx) => {
    for (const e of ctx.newEvents) {
      if (e.Action === 'start' && destroyed.has(e.Actor.ID)) fail(ctx, `start for ${e.Actor.ID} after its destroy`);
      if (e.Action === 'destroy') destroyed.add(e.Actor.ID);
    }
  };
};

/** unpause, stop, kill, restart, rm -f (of that container) or an OOM are the only ways out of `paused`. */
const pausedLeavesOnlyThroughCommands: Invariant = () => (ctx) => {
  for (const [id, was] of ctx.before) {
    if (was.State.Status !== 'paused') continue;
    const now = ctx.after.get(id);
    if (now?.State.Status === 'paused') continue;
    const step = ctx.step;
    const targeted = ctx.targetIds.includes(id);
    const allowed =
      targeted &&
      ((step.kind === 'exec' &&
        (['unpause', 'stop', 'kill', 'restart'].includes(step.verb) || (step.verb === 'rm' && step.force === true))) ||
        (step.kind === 'inject' && step.fault.type === 'oom'));
    if (!allowed)
      fail(ctx, `${was.Name} left paused (now ${now?.State.Status ?? 'removed'}) through "${render(step)}"`);
  }
};

/**
 * With on-failure:N the policy stops restarting at N. (`docker update` can lower N below a count
 * already reached; the count is not reset, as the daemon's, so an updated container is left out.)
 */
const onFailureRetryCap: Invariant = () => {
  const updated = new Set<string>();
  return (ctx) => {
    if (ctx.step.kind === 'exec' && ctx.step.verb === 'update') for (const id of ctx.targetIds) if (id) updated.add(id);
    for (const c of ctx.after.values()) {
      if (updated.has(c.Id)) continue;
      const p = c.HostConfig.RestartPolicy;
      if (p.Name === 'on-failure' && p.MaximumRetryCount > 0 && c.RestartCount > p.MaximumRetryCount) {
        fail(ctx, `${c.Name} has --restart on-failure:${p.MaximumRetryCount} but RestartCount ${c.RestartCount}`);
      }
    }
  };
};

/**
 * A container stopped with `docker stop` (or `docker kill`) with a stop-type signal (no STOPSIGNAL
 * configured, the configured one, or KILL: daemon/kill.go ExitOnNext) is not restarted by its
 * policy until a manual `docker start` / `docker restart` (§5 kill, §7).
 */
const stoppedStaysStopped: Invariant = () => {
  const stopped = new Set<string>();
  return (ctx) => {
    const step = ctx.step;
    const manualStart = step.kind === 'exec' && (step.verb === 'start' || step.verb === 'restart');
    if (manualStart) for (const id of ctx.targetIds) if (id) stopped.delete(id);
    for (const e of ctx.newEvents) {
      if (e.Action === 'start' && stopped.has(e.Actor.ID)) {
        fail(
          ctx,
          `${e.Actor.Attributes.name ?? e.Actor.ID} started by itself after docker stop/kill cancelled its restart policy`,
        );
      }
    }
    if (step.kind === 'exec' && (step.verb === 'stop' || step.verb === 'kill') && ctx.result) {
      const succeeded = new Set(idsIn(ctx.result.stdout));
      step.targets.forEach((name, i) => {
        const id = ctx.targetIds[i];
        const was = id ? ctx.before.get(id) : undefined;
        if (!id || !was || !succeeded.has(name)) return;
        if (!['running', 'paused', 'restarting'].includes(was.State.Status)) return;
        const configured = was.Config.StopSignal?.replace(/^SIG/, '');
        const signal = step.signal ?? configured ?? 'TERM';
        const stopType = configured === undefined || signal === configured || signal === 'KILL';
        if (!stopType) return;
        // The stop itself must not have restarted it either.
        if (ctx.newEvents.some((e) => e.Action === 'start' && e.Actor.ID === id)) {
          fail(ctx, `${was.Name} was started again during "${render(step)}"`);
        }
        stopped.add(id);
      });
    }
  };
};

async function replayIsIdentical(script: Script): Promise<void> {
  const first = await play(script, []);
  const second = await play(script, []);
  if (first !== second) {
    const a = first.split('\n');
    const b = second.split('\n');
    const i = a.findIndex((line, k) => line !== b[k]);
    throw new Error(
      `replay differs at line ${i + 1}:\n  ${a[i]}\n  ${b[i]}\nscript (seed ${script.seed}):\n${script.steps.map(render).join('\n')}`,
    );
  }
}

/** One container's moves chain, and the last one ends where inspect says it is (contract §1.1). */
const movesChain: Invariant = () => (ctx) => {
  const last = new Map<string, string>();
  for (const m of ctx.sim.moves()) {
    const at = last.get(m.container) ?? 'none';
    if (m.from !== at) fail(ctx, `move of ${m.name} from ${m.from}, but its previous move ended in ${at}`);
    last.set(m.container, m.to);
  }
  for (const id of ctx.created) {
    const now = ctx.after.get(id)?.State.Status ?? 'removed';
    if ((last.get(id) ?? 'none') !== now)
      fail(ctx, `${id.slice(0, 12)} is ${now} but its last move ended in ${last.get(id)}`);
  }
};

/** Every die event has a move out of running or paused at the same moment (contract §1.1). */
const dieHasMove: Invariant = () => (ctx) => {
  const moves = ctx.sim.moves();
  ctx.allEvents.forEach((e) => {
    if (e.Action !== 'die') return;
    const found = moves.some(
      (m) => m.container === e.Actor.ID && m.timeNano === e.timeNano && (m.from === 'running' || m.from === 'paused'),
    );
    if (!found) fail(ctx, `die of ${e.Actor.Attributes.name} at ${e.timeNano} has no move out of running or paused`);
  });
};

/** The picture can draw every move: it travels an edge of the model's graph, with one of its causes. */
const movesFollowGraph: Invariant = () => {
  const edges = new Map(lifecycleGraph().edges.map((e) => [`${e.from}->${e.to}`, e]));
  return (ctx) => {
    for (const m of ctx.sim.moves()) {
      const edge = edges.get(`${m.from}->${m.to}`);
      if (!edge) fail(ctx, `move ${m.from} -> ${m.to} (${m.cause}) is not an edge of lifecycleGraph()`);
      if (!edgeAllows(edge, m.cause))
        fail(ctx, `move ${m.from} -> ${m.to} by ${m.cause}: the edge has ${edge.causes.join(', ')}`);
    }
  };
};

/** A move's events are its own container's, in the log, before it. */
const moveEventsAreItsOwn: Invariant = () => (ctx) => {
  for (const m of ctx.sim.moves()) {
    for (const i of m.events) {
      const e = ctx.allEvents[i];
      if (!e || e.Actor.ID !== m.container || e.timeNano > m.timeNano)
        fail(ctx, `move ${m.from} -> ${m.to} of ${m.name} lists event ${i}, which is not one of its own before it`);
    }
  }
};

/** rename, exec, wait, update and logs never move a container (whatever moves meanwhile, by itself). */
const stillVerbsMoveNothing: Invariant = () => (ctx) => {
  for (const m of ctx.sim.moves()) {
    if ((STILL_VERBS as readonly string[]).includes(m.cause))
      fail(ctx, `move ${m.from} -> ${m.to} of ${m.name} caused by ${m.cause}`);
  }
};

/** A prune only removes containers that were not running: created, exited or dead ones. */
const pruneRemovesOnlyStopped: Invariant = () => (ctx) => {
  for (const m of ctx.sim.moves()) {
    if (m.cause !== 'prune') continue;
    if (m.to !== 'removed' || !['created', 'exited', 'dead'].includes(m.from)) {
      fail(ctx, `prune moved ${m.name} ${m.from} -> ${m.to}`);
    }
  }
};

/**
 * Every event logged in a command's step was caused by that command's verb, or happened by itself
 * (an exit, a restart policy, an --rm removal …): the view explains events from these traces.
 */
const tracesNameTheirCommand: Invariant = () => (ctx) => {
  if (ctx.step.kind !== 'exec') return;
  const verb = ctx.step.verb;
  for (const t of ctx.newTraced) {
    if (t.trace.step !== ctx.commandStep) continue;
    const ok = t.trace.cause === verb || (AUTOMATIC_CAUSES as readonly string[]).includes(t.trace.cause);
    if (!ok) fail(ctx, `event ${t.event.Action} in the step of "${ctx.step.line}" is traced to ${t.trace.cause}`);
  }
};

/** Each exec instance logs exec_create and exec_start once, and at most one exec_die after them. */
const execEventsPair: Invariant = () => {
  const started = new Map<string, number>();
  return (ctx) => {
    for (const e of ctx.newEvents) {
      const execID = e.Actor.Attributes.execID;
      if (execID === undefined) continue;
      const n = started.get(execID) ?? 0;
      const kind = e.Action.split(':')[0];
      if (kind === 'exec_create' && n !== 0) fail(ctx, `exec ${execID} created twice`);
      if (kind === 'exec_start' && n !== 1) fail(ctx, `exec ${execID} started out of order`);
      if (kind === 'exec_die' && n !== 2) fail(ctx, `exec ${execID} died ${n === 3 ? 'twice' : 'before it started'}`);
      started.set(execID, n + 1);
    }
  };
};

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

describe('random command sequences over web, job and svc', () => {
  it(
    'exec never throws and always resolves at once with stdout, stderr and an integer exit code',
    async () => {
      await holds([execReturns]);
    },
    TIMEOUT,
  );

  it(
    'a removed container never comes back: after its destroy no event names its ID and inspect stays undefined',
    async () => {
      await holds([removedStaysRemoved]);
    },
    TIMEOUT,
  );

  it(
    'start never follows destroy for the same container ID',
    async () => {
      await holds([startAfterDestroy]);
    },
    TIMEOUT,
  );

  it(
    'docker ps -q --no-trunc lists exactly the containers whose State.Running is true',
    async () => {
      await holds([psListsRunning], { numRuns: 150 });
    },
    TIMEOUT,
  );

  it(
    'docker ps -a -q --no-trunc lists exactly the containers created and not yet destroyed',
    async () => {
      await holds([psAllListsExisting], { numRuns: 150 });
    },
    TIMEOUT,
  );

  it(
    'a container whose latest event is die shows that exitCode as State.ExitCode',
    async () => {
      await holds([dieCodeIsExitCode]);
    },
    TIMEOUT,
  );

  it(
    'the State flags agree with State.Status (Paused, Restarting, Running, Dead, Pid)',
    async () => {
      await holds([flagsAgreeWithStatus]);
    },
    TIMEOUT,
  );

  it(
    'container names are unique among existing containers',
    async () => {
      await holds([namesUnique]);
    },
    TIMEOUT,
  );

  it(
    'event times never decrease',
    async () => {
      await holds([timeNeverDecreases]);
    },
    TIMEOUT,
  );

  it(
    'the same seed and the same commands give byte-identical outputs, events and inspect',
    async () => {
      await fc.assert(fc.asyncProperty(scriptArb, replayIsIdentical), { numRuns: 100 });
    },
    TIMEOUT,
  );

  it(
    'a paused container leaves paused only through unpause, stop, kill, restart, rm -f or an OOM',
    async () => {
      await holds([pausedLeavesOnlyThroughCommands]);
    },
    TIMEOUT,
  );

  it(
    'with --restart on-failure:N the RestartCount never exceeds N',
    async () => {
      await holds([onFailureRetryCap]);
    },
    TIMEOUT,
  );

  it(
    'a container stopped with docker stop or killed with a stop-type signal does not restart by itself until a manual start',
    async () => {
      await holds([stoppedStaysStopped]);
    },
    TIMEOUT,
  );

  it(
    "one container's moves chain, and the last ends in the state inspect shows (or removed)",
    async () => {
      await holds([movesChain]);
    },
    TIMEOUT,
  );

  it(
    'every die event has a move out of running or paused at the same moment',
    async () => {
      await holds([dieHasMove], { numRuns: 120 });
    },
    TIMEOUT,
  );

  it(
    "every move travels an edge of the model's lifecycle graph, with one of that edge's causes",
    async () => {
      await holds([movesFollowGraph]);
    },
    TIMEOUT,
  );

  it(
    "a move's events are its own container's, logged no later than the move",
    async () => {
      await holds([moveEventsAreItsOwn], { numRuns: 120 });
    },
    TIMEOUT,
  );

  it(
    'rename, exec, wait, update and logs never move a container, and prune only removes stopped ones',
    async () => {
      await holds([stillVerbsMoveNothing, pruneRemovesOnlyStopped], { numRuns: 120 });
    },
    TIMEOUT,
  );

  it(
    "every event in a command's step is traced to that command or to something that happened by itself",
    async () => {
      await holds([tracesNameTheirCommand], { numRuns: 120 });
    },
    TIMEOUT,
  );

  it(
    'each exec instance logs exec_create, exec_start and at most one exec_die, in that order',
    async () => {
      await holds([execEventsPair], { numRuns: 120 });
    },
    TIMEOUT,
  );

  it(
    'the generator reaches every interesting state',
    async () => {
      // Not an invariant: a guard that the scripts above are not trivially weak.
      const reached = new Set<string>();
      const actions = new Set<string>();
      const observe: Invariant = () => (ctx) => {
        for (const c of ctx.after.values()) reached.add(c.State.Status);
        if (ctx.destroyed.size > 0) reached.add('removed');
        for (const e of ctx.newEvents) actions.add(e.Action.split(':')[0] ?? e.Action);
        for (const m of ctx.sim.moves()) if (m.cause === 'prune') actions.add('pruned');
      };
      await fc.assert(
        fc.asyncProperty(scriptArb, async (script) => {
          await play(script, [observe]);
        }),
        { numRuns: 100 },
      );
      expect([...reached].sort()).toEqual(
        expect.arrayContaining(['created', 'exited', 'paused', 'removed', 'restarting', 'running']),
      );
      // …and that the newer commands do something, not only fail.
      expect([...actions]).toEqual(
        expect.arrayContaining(['rename', 'update', 'exec_die', 'prune', 'pruned', 'health_status']),
      );
    },
    TIMEOUT,
  );
});
