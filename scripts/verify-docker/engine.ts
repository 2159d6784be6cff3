/**
 * Runs catalogue scenarios on a real Docker engine through its CLI and records them.
 *
 * Safety, by construction:
 * - every `run`/`create` gets `--network none`, `--label dls.verify-docker=<run id>` and
 *   `--pull never` (`--pull missing` only when the user passed --pull); lines that ask for a
 *   network, a volume, a port, privileges or another host are refused before anything runs;
 * - before the first scenario it refuses to start if any container on the engine has one of the
 *   catalogue's names, or if an image is missing (unless --pull);
 * - after each scenario it removes the containers that carry this run's label, and nothing else.
 */
import { spawn } from 'node:child_process';
import { splitLine, withSafetyFlags } from './line';
import { LABEL_KEY, parsePs, psLine } from './simulate';
import {
  DEFAULT_WAIT_MS,
  type Catalogue,
  type RecordedContainer,
  type RecordedEvent,
  type RecordedScenario,
  type RecordedStep,
  type Scenario,
  type Versions,
} from './types';

export interface EngineOptions {
  /** The docker CLI binary. */
  cli: string;
  /** `-H` for the CLI, or undefined to use its own default (DOCKER_HOST, context). */
  host?: string;
  runId: string;
  pull: boolean;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  took: number;
}

/** Wall clock in milliseconds with sub-millisecond resolution. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function docker(opts: EngineOptions, args: string[]): Promise<CliResult> {
  const full = [...(opts.host ? ['-H', opts.host] : []), ...args];
  const started = now();
  return new Promise((resolve, reject) => {
    const child = spawn(opts.cli, full, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        took: now() - started,
      }),
    );
  });
}

/** Versions of the CLI, the engine and the runtimes under it. */
export async function versions(opts: EngineOptions): Promise<Versions> {
  const r = await docker(opts, ['version', '--format', '{{json .}}']);
  if (r.exitCode !== 0) throw new Error(`docker version failed: ${r.stderr.trim()}`);
  const v = JSON.parse(r.stdout) as {
    Client: { Version: string };
    Server?: { Version: string; ApiVersion: string; Components?: { Name: string; Version: string }[] };
  };
  if (!v.Server) throw new Error('no engine answered docker version');
  const component = (name: string) => v.Server?.Components?.find((c) => c.Name === name)?.Version;
  const out: Versions = { engine: v.Server.Version, cli: v.Client.Version, api: v.Server.ApiVersion };
  const containerd = component('containerd');
  const runc = component('runc');
  if (containerd) out.containerd = containerd;
  if (runc) out.runc = runc;
  return out;
}

/** Reasons not to run: containers that already have the catalogue's names, missing images. */
export async function preflight(opts: EngineOptions, catalogue: Catalogue): Promise<string[]> {
  const problems: string[] = [];
  const ps = await docker(opts, ['ps', '-a', '--format', '{{.Names}}\t{{.Label "' + LABEL_KEY + '"}}']);
  if (ps.exitCode !== 0) return [`docker ps failed: ${ps.stderr.trim()}`];
  const taken = new Set(ps.stdout.split('\n').map((l) => l.split('\t')[0]));
  const clash = catalogue.names.filter((n) => taken.has(n));
  if (clash.length)
    problems.push(
      `the engine already has containers named ${clash.join(', ')}; the verifier will not touch them. ` +
        `Remove them yourself, or run with --cleanup if they are left over from an earlier verifier run.`,
    );
  if (!opts.pull) {
    const missing: string[] = [];
    for (const image of catalogue.images) {
      const r = await docker(opts, ['image', 'inspect', '--format', '{{.Id}}', image]);
      if (r.exitCode !== 0) missing.push(image);
    }
    if (missing.length)
      problems.push(
        `images missing on the engine: ${missing.join(', ')}. Build them locally, or pass --pull to let the verifier pull them.`,
      );
  }
  return problems;
}

/** Pulls the catalogue's images (only with --pull). */
export async function pullImages(opts: EngineOptions, catalogue: Catalogue): Promise<void> {
  for (const image of catalogue.images) {
    const r = await docker(opts, ['pull', image]);
    if (r.exitCode !== 0) throw new Error(`docker pull ${image} failed: ${r.stderr.trim()}`);
  }
}

/** Removes the containers that carry the label: this run's, or (runId `*`) any verifier run's. */
export async function cleanup(opts: EngineOptions, runId: string): Promise<number> {
  const filter = runId === '*' ? `label=${LABEL_KEY}` : `label=${LABEL_KEY}=${runId}`;
  const ids = await docker(opts, ['ps', '-aq', '--no-trunc', '--filter', filter]);
  const list = ids.stdout.split('\n').filter((l) => /^[0-9a-f]{64}$/.test(l));
  if (list.length) await docker(opts, ['rm', '-f', ...list]);
  return list.length;
}

async function observe(opts: EngineOptions): Promise<RecordedContainer[]> {
  const ps = await docker(opts, psLine(opts.runId).slice(1));
  const rows = parsePs(ps.stdout);
  if (rows.length === 0) return [];
  const ins = await docker(opts, ['inspect', ...rows.map((r) => r.ID)]);
  type Inspected = { Id: string; Name: string; RestartCount: number; State: { Status: string; ExitCode: number } };
  const list = ((): Inspected[] => {
    try {
      return JSON.parse(ins.stdout) as Inspected[];
    } catch {
      return []; // every container went away between ps and inspect
    }
  })();
  const out: RecordedContainer[] = [];
  for (const row of rows) {
    const c = list.find((x) => x.Id === row.ID);
    if (!c) continue; // removed between ps and inspect (--rm)
    out.push({
      ID: c.Id,
      Name: c.Name.replace(/^\//, ''),
      Status: c.State.Status,
      ExitCode: c.State.ExitCode,
      RestartCount: c.RestartCount,
      psStatus: row.psStatus,
    });
  }
  return out;
}

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  timeNano?: number;
}

/** The container events of this run between two wall-clock times (ms), from `docker events`. */
async function eventsBetween(opts: EngineOptions, from: number, to: number): Promise<RawEvent[]> {
  const r = await docker(opts, [
    'events',
    '--since',
    (from / 1000).toFixed(6),
    '--until',
    (to / 1000).toFixed(6),
    '--filter',
    'type=container',
    '--filter',
    `label=${LABEL_KEY}=${opts.runId}`,
    '--format',
    '{{json .}}',
  ]);
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as RawEvent);
}

/** `network connect` events between two times: which container, when (wall-clock ms). */
export async function connectsBetween(
  opts: EngineOptions,
  from: number,
  to: number,
): Promise<{ ID: string; at: number }[]> {
  const r = await docker(opts, [
    'events',
    '--since',
    (from / 1000).toFixed(6),
    '--until',
    (to / 1000).toFixed(6),
    '--filter',
    'type=network',
    '--filter',
    'event=connect',
    '--format',
    '{{json .}}',
  ]);
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as RawEvent)
    .map((e) => ({ ID: e.Actor?.Attributes?.container ?? '', at: (e.timeNano ?? 0) / 1e6 }));
}

/** The names a scenario's lines use (`--name x` and the containers they act on). */
export function namesUsed(scenario: Scenario, declared: readonly string[]): string[] {
  const words = new Set(scenario.steps.flatMap((s) => (s.run === undefined ? [] : splitLine(s.run))));
  return declared.filter((n) => words.has(n));
}

/**
 * Refuses (throws) when a container other than this run's has one of the names the scenario is
 * about to use: someone may have made one since the preflight.
 */
export async function checkNames(opts: EngineOptions, names: string[]): Promise<void> {
  const ps = await docker(opts, ['ps', '-a', '--format', `{{.Names}}\t{{.Label "${LABEL_KEY}"}}`]);
  if (ps.exitCode !== 0) throw new Error(`docker ps failed: ${ps.stderr.trim()}`);
  for (const line of ps.stdout.split('\n')) {
    const [name, label] = line.split('\t');
    if (name && names.includes(name) && label !== opts.runId)
      throw new Error(`a container named ${name} appeared on the engine; stopping without touching it`);
  }
}

export async function runScenario(
  opts: EngineOptions,
  scenario: Scenario,
  declared: readonly string[] = [],
): Promise<RecordedScenario> {
  await checkNames(opts, namesUsed(scenario, declared));
  const t0 = now();
  const starts: number[] = [];
  const steps: RecordedStep[] = [];
  const flags = { labelKey: LABEL_KEY, runId: opts.runId, pull: opts.pull ? ('missing' as const) : ('never' as const) };
  try {
    for (const step of scenario.steps) {
      starts.push(now());
      const wait = step.wait ?? DEFAULT_WAIT_MS;
      let rec: RecordedStep = { wait, events: [], containers: [] };
      if (step.run !== undefined) {
        const argv = withSafetyFlags(splitLine(step.run), flags);
        const r = await docker(opts, argv.slice(1));
        // The command first, so a recording reads in the order things happened.
        rec = {
          line: step.run,
          argv,
          exitCode: r.exitCode,
          stdout: r.stdout,
          stderr: r.stderr,
          took: Math.round(r.took),
          ...rec,
        };
      }
      await sleep(wait);
      rec.containers = await observe(opts);
      steps.push(rec);
    }
    const end = now();
    await sleep(300); // let `--until` lie in the past
    const events = await eventsBetween(opts, t0 - 1, end);
    const ours = new Set(events.map((e) => e.Actor?.ID ?? ''));
    for (const c of await connectsBetween(opts, t0 - 1, end)) {
      if (!ours.has(c.ID)) continue;
      let i = starts.length - 1;
      while (i > 0 && c.at < (starts[i] as number)) i--;
      const step = steps[i];
      if (step) (step.connects ??= []).push({ ID: c.ID, t: Math.round((c.at - t0) * 1000) / 1000 });
    }
    for (const e of events) {
      const at = (e.timeNano ?? 0) / 1e6;
      let i = starts.length - 1;
      while (i > 0 && at < (starts[i] as number)) i--;
      const recorded: RecordedEvent = {
        Action: e.Action ?? '',
        ID: e.Actor?.ID ?? '',
        Attributes: { ...(e.Actor?.Attributes ?? {}) },
        t: Math.round((at - t0) * 1000) / 1000,
      };
      steps[i]?.events.push(recorded);
    }
  } finally {
    await cleanup(opts, opts.runId);
  }
  return { id: scenario.id, steps };
}
