/**
 * `npm run bench` (through scripts/bench.mjs, which adds --expose-gc): how fast and how big the
 * headless simulator is. Not a test: it prints a table and writes bench-results/engine.json.
 *
 *  a. commands per second through `exec` over a long seeded random script, side by side with a
 *     hand-written reducer over the same core table (no parsing, no XState), fed the same script;
 *  b. heap used after 100,000 commands across 1,000 containers;
 *  c. the cost of parseCommandLine alone;
 *  d. with `--against <git ref>`: a. and b. for this tree and for the model of that commit, in the
 *     same run, alternating, so a change can show that it made the engine no slower.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulator as createCurrent } from '../machines/index';
import { parseCommandLine } from '../machines/cli/index';
import type { ExecResult } from '../machines/index';

// ---------------------------------------------------------------------------------------------
// The script
// ---------------------------------------------------------------------------------------------

const VERBS = ['create', 'start', 'pause', 'unpause', 'stop', 'kill', 'restart', 'rm'] as const;
type BenchVerb = (typeof VERBS)[number];
/** Relative weights: creates and removals balance, so the population stays near the container count. */
const WEIGHTS: Record<BenchVerb, number> = {
  create: 14,
  start: 14,
  pause: 12,
  unpause: 12,
  stop: 12,
  kill: 10,
  restart: 12,
  rm: 14,
};

interface Command {
  verb: BenchVerb;
  name: string;
  line: string;
}

/** mulberry32, so the script is the same on every run and every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lineOf(verb: BenchVerb, name: string): string {
  switch (verb) {
    case 'create':
      return `docker create --name ${name} busybox top`;
    case 'stop':
      return `docker stop -t 0 ${name}`;
    case 'restart':
      return `docker restart -t 0 ${name}`;
    case 'rm':
      return `docker rm -f ${name}`;
    default:
      return `docker ${verb} ${name}`;
  }
}

/**
 * `count` commands over `containers` names (`n0`, `n1`, …: the `n` keeps a name from ever being
 * read as an ID prefix). With `createFirst`, every container is created before the mix begins.
 */
function makeScript(count: number, containers: number, seed: number, createFirst = false): Command[] {
  const random = rng(seed);
  const total = VERBS.reduce((sum, v) => sum + WEIGHTS[v], 0);
  const out: Command[] = [];
  if (createFirst)
    for (let i = 0; i < containers && out.length < count; i++)
      out.push({ verb: 'create', name: `n${i}`, line: lineOf('create', `n${i}`) });
  while (out.length < count) {
    const name = `n${Math.floor(random() * containers)}`;
    let pick = random() * total;
    let verb: BenchVerb = 'create';
    for (const v of VERBS) {
      pick -= WEIGHTS[v];
      if (pick < 0) {
        verb = v;
        break;
      }
    }
    out.push({ verb, name, line: lineOf(verb, name) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The baseline: the core table as a plain reducer
// ---------------------------------------------------------------------------------------------

type CoreState = 'created' | 'running' | 'paused' | 'exited';
interface CoreContainer {
  id: string;
  name: string;
  state: CoreState;
  exitCode: number;
}
interface CoreEvent {
  action: string;
  id: string;
  at: number;
}

/**
 * The same eight verbs over created/running/paused/exited/removed, with `busybox top`'s answers
 * (SIGTERM ends it with 143, SIGKILL with 137), the same stdout/stderr lines in spirit and an
 * event log. No parsing, no actors, no clock.
 */
class Baseline {
  private containers = new Map<string, CoreContainer>();
  readonly log: CoreEvent[] = [];
  private nextId = 1;
  private now = 0;

  private ok(stdout: string): ExecResult {
    return { stdout: `${stdout}\n`, stderr: '', exitCode: 0 };
  }
  private fail(stderr: string): ExecResult {
    return { stdout: '', stderr: `Error response from daemon: ${stderr}\n`, exitCode: 1 };
  }
  private emit(action: string, id: string): void {
    this.log.push({ action, id, at: this.now });
  }

  apply(cmd: Command): ExecResult {
    const c = this.containers.get(cmd.name);
    if (cmd.verb === 'create') {
      if (c) return this.fail(`Conflict. The container name "/${cmd.name}" is already in use by container "${c.id}".`);
      const id = (this.nextId++).toString(16).padStart(64, '0');
      this.containers.set(cmd.name, { id, name: cmd.name, state: 'created', exitCode: 0 });
      this.emit('create', id);
      return this.ok(id);
    }
    if (!c)
      return cmd.verb === 'rm' ? { stdout: '', stderr: '', exitCode: 0 } : this.fail(`No such container: ${cmd.name}`);
    switch (cmd.verb) {
      case 'start':
        switch (c.state) {
          case 'created':
          case 'exited':
            c.state = 'running';
            c.exitCode = 0;
            this.emit('start', c.id);
            return this.ok(cmd.name);
          case 'running':
            return this.ok(cmd.name);
          case 'paused':
            return this.fail('cannot start a paused container, try unpause instead');
        }
        break;
      case 'pause':
        switch (c.state) {
          case 'running':
            c.state = 'paused';
            this.emit('pause', c.id);
            return this.ok(cmd.name);
          case 'paused':
            return this.fail(`container ${c.id} is already paused`);
          default:
            return this.fail(`container ${c.id} is not running`);
        }
      case 'unpause':
        if (c.state !== 'paused') return this.fail(`Container ${c.id} is not paused`);
        c.state = 'running';
        this.emit('unpause', c.id);
        return this.ok(cmd.name);
      case 'stop':
        switch (c.state) {
          case 'running':
          case 'paused':
            this.emit('kill', c.id);
            if (c.state === 'paused') this.emit('unpause', c.id);
            c.state = 'exited';
            c.exitCode = 143;
            this.emit('die', c.id);
            this.emit('stop', c.id);
            return this.ok(cmd.name);
          default:
            return this.ok(cmd.name);
        }
      case 'kill':
        switch (c.state) {
          case 'running':
          case 'paused':
            this.emit('kill', c.id);
            if (c.state === 'paused') this.emit('unpause', c.id);
            c.state = 'exited';
            c.exitCode = 137;
            this.emit('die', c.id);
            return this.ok(cmd.name);
          default:
            return this.fail(`cannot kill container: ${cmd.name}: container ${c.id} is not running`);
        }
      case 'restart':
        if (c.state === 'running' || c.state === 'paused') {
          this.emit('kill', c.id);
          if (c.state === 'paused') this.emit('unpause', c.id);
          this.emit('die', c.id);
          this.emit('stop', c.id);
        }
        c.state = 'running';
        c.exitCode = 0;
        this.emit('start', c.id);
        this.emit('restart', c.id);
        return this.ok(cmd.name);
      case 'rm':
        if (c.state === 'running' || c.state === 'paused') {
          this.emit('kill', c.id);
          if (c.state === 'paused') this.emit('unpause', c.id);
          this.emit('die', c.id);
        }
        this.containers.delete(cmd.name);
        this.emit('destroy', c.id);
        return this.ok(cmd.name);
    }
    return this.fail('unreachable');
  }

  stateOf(name: string): string {
    return this.containers.get(name)?.state ?? 'removed';
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

const gc = (globalThis as { gc?: () => void }).gc;

/** A full collection, after pending callbacks have let go of what they held. */
async function collect(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc?.();
  }
}

const heapMB = (): number => process.memoryUsage().heapUsed / 1024 / 1024;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

type Create = (options: { seed: number }) => {
  exec(line: string): Promise<ExecResult>;
  events(): unknown[];
  inspect(name: string): { State: { Status: string } } | undefined;
};
const createSimulator: Create = createCurrent;

async function runSimulator(script: readonly Command[], seed: number, create: Create = createSimulator) {
  const sim = create({ seed });
  const t0 = performance.now();
  let failures = 0;
  for (const cmd of script) {
    const r = await sim.exec(cmd.line);
    if (r.exitCode !== 0) failures++;
  }
  const ms = performance.now() - t0;
  return { ms, failures, sim };
}

/**
 * One pass of the script through a fresh reducer. A pass takes a few milliseconds, too short to
 * time on its own, so a sample is `passes` passes and `ms` is the time of one.
 */
function runBaseline(script: readonly Command[], passes = 1) {
  let base = new Baseline();
  let failures = 0;
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    base = new Baseline();
    failures = 0;
    for (const cmd of script) {
      if (base.apply(cmd).exitCode !== 0) failures++;
    }
  }
  const ms = (performance.now() - t0) / passes;
  return { ms, failures, base };
}

/** The reducer behind the same promise-per-command interface as exec (`await` on each result). */
async function runBaselineAwaited(script: readonly Command[], passes = 1) {
  let failures = 0;
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    const base = new Baseline();
    failures = 0;
    for (const cmd of script) {
      const r = await Promise.resolve(base.apply(cmd));
      if (r.exitCode !== 0) failures++;
    }
  }
  return { ms: (performance.now() - t0) / passes, failures };
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r, ri) => {
      const line = r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ');
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('   ')}` : line;
    })
    .join('\n');
}

interface HeapFigures {
  beforeMB: number;
  afterCreateMB: number;
  afterMB: number;
  containers: number;
  eventsAfterCreate: number;
  events: number;
  perContainerKB: number;
  perEventBytes: number;
  commandsPerSecond: number;
}

/**
 * b. 1,000 containers are created, then 99,000 commands (start / pause / unpause / stop -t 0 /
 * kill / restart -t 0, no removals, so all 1,000 stay) go through them. Runs first, after a small
 * warm-up, so that the heap holds nothing but the simulator under test.
 */
/** A throwaway simulator, so that the code is compiled before the heap is measured. */
async function warmUp(seed: number, create: Create = createSimulator): Promise<void> {
  const warm = create({ seed });
  for (const cmd of makeScript(5_000, 50, seed + 7)) await warm.exec(cmd.line);
}

async function measureHeap(
  seed: number,
  commands: number,
  containers: number,
  create: Create = createSimulator,
): Promise<HeapFigures> {
  await warmUp(seed, create);
  const lifecycle = makeScript(commands - containers, containers, seed + 1).map((c) =>
    c.verb === 'create' || c.verb === 'rm' ? { ...c, verb: 'start' as const, line: lineOf('start', c.name) } : c,
  );
  await collect();
  const beforeMB = heapMB();
  const sim = create({ seed });
  for (let i = 0; i < containers; i++) await sim.exec(lineOf('create', `n${i}`));
  await collect();
  const afterCreateMB = heapMB();
  const eventsAfterCreate = sim.events().length;
  const t0 = performance.now();
  for (const cmd of lifecycle) await sim.exec(cmd.line);
  const ms = performance.now() - t0;
  await collect();
  const afterMB = heapMB();
  let existing = 0;
  for (let i = 0; i < containers; i++) if (sim.inspect(`n${i}`)) existing++;
  const events = sim.events().length;
  return {
    beforeMB,
    afterCreateMB,
    afterMB,
    containers: existing,
    eventsAfterCreate,
    events,
    perContainerKB: ((afterCreateMB - beforeMB) * 1024) / containers,
    perEventBytes: ((afterMB - afterCreateMB) * 1024 * 1024) / Math.max(1, events - eventsAfterCreate),
    commandsPerSecond: lifecycle.length / (ms / 1000),
  };
}

/**
 * The model of another commit, extracted with `git archive` under bench-results/ (inside the
 * repository, so it resolves xstate from the same node_modules), and its createSimulator.
 */
async function modelOf(ref: string): Promise<{ sha: string; create: Create }> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const sha = spawnSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).stdout.trim();
  if (!sha) throw new Error(`not a commit: ${ref}`);
  const dir = join(root, 'bench-results', `model-${sha}`);
  if (!existsSync(join(dir, 'machines', 'index.ts'))) {
    mkdirSync(dir, { recursive: true });
    const archive = spawnSync('git', ['archive', sha, 'machines'], { cwd: root, maxBuffer: 1 << 28 });
    spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  }
  const mod = (await import(join(dir, 'machines', 'index.ts'))) as { createSimulator: Create };
  return { sha, create: mod.createSimulator };
}

/** d. This tree against another commit's model: throughput and heap, alternating, same script. */
async function against(ref: string, seed: number): Promise<void> {
  const base = await modelOf(ref);
  const COMMANDS = 20_000;
  const REPEATS = 9;
  const script = makeScript(COMMANDS, 50, seed);
  await runSimulator(script, seed, createCurrent);
  await runSimulator(script, seed, base.create);
  const now: number[] = [];
  const then: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    // Alternating, so a busy moment of the machine falls on both.
    await collect();
    now.push((await runSimulator(script, seed, createCurrent)).ms);
    await collect();
    then.push((await runSimulator(script, seed, base.create)).ms);
  }
  const heapNow = await measureHeap(seed, 100_000, 1_000, createCurrent);
  const heapThen = await measureHeap(seed, 100_000, 1_000, base.create);
  const rate = (ms: number[]) => COMMANDS / (median(ms) / 1000);
  console.log(
    `\nd. This tree against ${ref} (${base.sha}): the same ${fmt(COMMANDS)} commands, ${REPEATS} alternating runs\n`,
  );
  console.log(
    table([
      ['', 'commands/s', 'median ms', 'heap after 100k cmds, MB', 'per event, bytes'],
      ['this tree', fmt(rate(now)), fmt(median(now), 1), fmt(heapNow.afterMB, 1), fmt(heapNow.perEventBytes)],
      [base.sha, fmt(rate(then)), fmt(median(then), 1), fmt(heapThen.afterMB, 1), fmt(heapThen.perEventBytes)],
    ]),
  );
  console.log(`\n   this tree runs at ${fmt((rate(now) / rate(then)) * 100, 0)} % of ${base.sha}'s speed`);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--against');
  if (at >= 0) {
    await against(process.argv[at + 1] ?? 'HEAD~1', 20260101);
    return;
  }
  const started = performance.now();
  const SEED = 20260101;
  console.log(`docker-lifecycle-simulator benchmark`);
  console.log(
    `node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`,
  );
  console.log(`Absolute times are noisy (shared machines, JIT, GC); the ratios are what matter.`);
  if (!gc)
    console.log('warning: global.gc is not exposed (run it through `npm run bench`); heap figures include garbage.');

  const BIG_COMMANDS = 100_000;
  const BIG_CONTAINERS = 1_000;
  const heap = await measureHeap(SEED, BIG_COMMANDS, BIG_CONTAINERS);

  // a. Throughput ------------------------------------------------------------------------------
  const COMMANDS = 20_000;
  const CONTAINERS = 50;
  const REPEATS = 7;
  const script = makeScript(COMMANDS, CONTAINERS, SEED);

  // Warm-up: every path over the whole script, so the JIT has seen every branch.
  await runSimulator(script, SEED);
  const warm = runBaseline(script, 20);
  await runBaselineAwaited(script, 5);
  // Enough baseline passes per sample for it to last about 300 ms.
  const passes = Math.max(1, Math.ceil(300 / Math.max(0.01, warm.ms)));

  const simMs: number[] = [];
  const baseMs: number[] = [];
  const awaitedMs: number[] = [];
  let simFailures = 0;
  let baseFailures = 0;
  let agreement = { same: 0, total: 0, events: [0, 0] as [number, number] };
  for (let i = 0; i < REPEATS; i++) {
    await collect();
    const s = await runSimulator(script, SEED);
    simMs.push(s.ms);
    simFailures = s.failures;
    if (i === 0) {
      // The two must mean the same thing, or the comparison is meaningless.
      const b = runBaseline(script);
      let same = 0;
      for (let n = 0; n < CONTAINERS; n++) {
        const name = `n${n}`;
        if ((s.sim.inspect(name)?.State.Status ?? 'removed') === b.base.stateOf(name)) same++;
      }
      agreement = { same, total: CONTAINERS, events: [s.sim.events().length, b.base.log.length] };
    }
    await collect();
    const b = runBaseline(script, passes);
    baseMs.push(b.ms);
    baseFailures = b.failures;
    await collect();
    awaitedMs.push((await runBaselineAwaited(script, Math.max(1, Math.ceil(passes / 4)))).ms);
  }
  const rate = (ms: number[]) => COMMANDS / (median(ms) / 1000);
  const simRate = rate(simMs);
  const baseRate = rate(baseMs);
  const awaitedRate = rate(awaitedMs);
  const ratio = baseRate / simRate;
  const awaitedRatio = awaitedRate / simRate;

  console.log(
    `\na. Throughput: ${fmt(COMMANDS)} seeded random commands over ${CONTAINERS} containers, median of ${REPEATS} after a warm-up`,
  );
  console.log(
    `   create / start / pause / unpause / stop -t 0 / kill / restart -t 0 / rm -f on busybox top; the same script for all rows\n`,
  );
  const row = (label: string, ms: number[], r: number, failures: string) => [
    label,
    fmt(median(ms), 2),
    fmt(Math.min(...ms), 2),
    fmt(Math.max(...ms), 2),
    fmt(r),
    fmt(1e6 / r, 3),
    failures,
  ];
  console.log(
    table([
      ['', 'median ms', 'min ms', 'max ms', 'commands/s', 'µs/command', 'failed cmds'],
      row('simulator: await exec(line)', simMs, simRate, fmt(simFailures)),
      row('baseline: plain reducer (sync)', baseMs, baseRate, fmt(baseFailures)),
      row('baseline, awaited per command', awaitedMs, awaitedRate, fmt(baseFailures)),
    ]),
  );
  console.log(
    `\n   simulator is ${fmt(ratio, 0)}× slower than the plain reducer (${fmt(awaitedRatio, 0)}× slower than the reducer behind a promise per command)`,
  );
  console.log(
    `   sanity: final states agree for ${agreement.same}/${agreement.total} containers; events logged: simulator ${fmt(agreement.events[0])}, baseline ${fmt(agreement.events[1])}`,
  );
  console.log(`   (baseline rows time ${fmt(passes)} passes per sample and report one pass)`);

  // b. Memory (measured first) -----------------------------------------------------------------
  console.log(
    `\nb. Heap: ${fmt(BIG_COMMANDS)} commands across ${fmt(BIG_CONTAINERS)} containers (heapUsed after global.gc(), measured before a.)`,
  );
  console.log(
    `   ${fmt(BIG_CONTAINERS)} × create, then ${fmt(BIG_COMMANDS - BIG_CONTAINERS)} × start / pause / unpause / stop -t 0 / kill / restart -t 0 (no removals)\n`,
  );
  console.log(
    table([
      ['', 'heap MB', 'containers', 'events'],
      ['before (empty simulator)', fmt(heap.beforeMB, 1), '0', '0'],
      [
        `after ${fmt(BIG_CONTAINERS)} creates`,
        fmt(heap.afterCreateMB, 1),
        fmt(BIG_CONTAINERS),
        fmt(heap.eventsAfterCreate),
      ],
      [`after all ${fmt(BIG_COMMANDS)} commands`, fmt(heap.afterMB, 1), fmt(heap.containers), fmt(heap.events)],
    ]),
  );
  console.log(`\n   growth: ${fmt(heap.afterMB - heap.beforeMB, 1)} MB in all`);
  console.log(`   per container: ${fmt(heap.perContainerKB, 1)} KB   (creation growth / ${fmt(BIG_CONTAINERS)})`);
  console.log(
    `   per event:     ${fmt(heap.perEventBytes)} bytes   (later growth / ${fmt(heap.events - heap.eventsAfterCreate)} later events)`,
  );
  console.log(
    `   the lifecycle commands over ${fmt(BIG_CONTAINERS)} containers ran at ${fmt(heap.commandsPerSecond)} commands/s`,
  );

  // c. Parse cost alone ------------------------------------------------------------------------
  const lines = script.map((c) => c.line);
  for (const l of lines) parseCommandLine(l);
  const parseMs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    for (const l of lines) parseCommandLine(l);
    parseMs.push(performance.now() - t0);
  }
  const parseUs = (median(parseMs) * 1000) / lines.length;
  const simUs = 1e6 / simRate;
  console.log(`\nc. Parsing alone: parseCommandLine over the same ${fmt(lines.length)} lines, median of ${REPEATS}\n`);
  console.log(
    table([
      ['', 'µs/line', 'lines/s', 'share of exec'],
      ['parseCommandLine', fmt(parseUs, 2), fmt(1e6 / parseUs), `${fmt((parseUs / simUs) * 100, 1)} %`],
    ]),
  );

  const totalS = (performance.now() - started) / 1000;
  console.log(`\nTotal bench time: ${fmt(totalS, 1)} s`);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}/${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    note: 'Absolute times are noisy; compare ratios.',
    throughput: {
      commands: COMMANDS,
      containers: CONTAINERS,
      repeats: REPEATS,
      simulator: { medianMs: median(simMs), runsMs: simMs, commandsPerSecond: simRate, failedCommands: simFailures },
      baseline: {
        medianMs: median(baseMs),
        runsMs: baseMs,
        passesPerSample: passes,
        commandsPerSecond: baseRate,
        failedCommands: baseFailures,
      },
      baselineAwaited: { medianMs: median(awaitedMs), runsMs: awaitedMs, commandsPerSecond: awaitedRate },
      simulatorSlowerBy: ratio,
      simulatorSlowerThanAwaitedBy: awaitedRatio,
      agreement,
    },
    heap: { commands: BIG_COMMANDS, gcExposed: gc !== undefined, ...heap },
    parse: { microsecondsPerLine: parseUs, shareOfExec: parseUs / simUs },
    totalSeconds: totalS,
  };
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'engine.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Figures written to bench-results/engine.json`);
}

await main();
