/**
 * Runs catalogue scenarios on the simulator and records them in the same shape as the real engine's
 * recording. Only the public headless API is used (machines/index.ts: createSimulator, exec,
 * advance, events, inspect), so this is what any outside checker could do.
 */
import { createSimulator, type DockerEvent, type Simulator } from '../../machines/index';
import { joinLine, splitLine, withSafetyFlags } from './line';
import {
  DEFAULT_WAIT_MS,
  type RecordedContainer,
  type RecordedEvent,
  type RecordedScenario,
  type RecordedStep,
  type Recording,
  type Scenario,
} from './types';

/** The verifier's label key, on every container it creates (real engine and simulator alike). */
export const LABEL_KEY = 'dls.verify-docker';

/** The simulator's own virtual clock start for each scenario. */
const T0 = Date.UTC(2026, 0, 1);

/** What the simulator stands for (simulator-contract.md: moby v29, docker/cli v29). */
export const SIMULATED_VERSIONS = { engine: '29.7.2', cli: '29.7.2', api: '1.52', runc: '1.3.0' };

/** `docker ps -a` of the verifier's containers: full ID, name and STATUS, one per line. */
export function psLine(runId: string): string[] {
  return [
    'docker',
    'ps',
    '-a',
    '--no-trunc',
    '--filter',
    `label=${LABEL_KEY}=${runId}`,
    '--format',
    '{{.ID}}\t{{.Names}}\t{{.Status}}',
  ];
}

export function parsePs(stdout: string): { ID: string; Name: string; psStatus: string }[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [ID = '', Name = '', psStatus = ''] = l.split('\t');
      return { ID, Name, psStatus };
    });
}

function eventOf(e: DockerEvent, t0: number): RecordedEvent {
  return { Action: e.Action, ID: e.Actor.ID, Attributes: { ...e.Actor.Attributes }, t: e.timeNano / 1e6 - t0 };
}

async function observe(sim: Simulator, runId: string): Promise<RecordedContainer[]> {
  const ps = await sim.exec(joinLine(psLine(runId)));
  const out: RecordedContainer[] = [];
  for (const row of parsePs(ps.stdout)) {
    const c = sim.inspect(row.ID);
    if (!c) continue;
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

/** One scenario on a fresh simulator (seed 1, clock at 2026-01-01T00:00:00Z). */
export async function simulateScenario(scenario: Scenario, runId = 'sim'): Promise<RecordedScenario> {
  const sim = createSimulator({ seed: 1, startTime: T0 });
  const steps: RecordedStep[] = [];
  for (const step of scenario.steps) {
    const seen = sim.events().length;
    const wait = step.wait ?? DEFAULT_WAIT_MS;
    let rec: RecordedStep = { wait, events: [], containers: [] };
    if (step.run !== undefined) {
      const argv = withSafetyFlags(splitLine(step.run), { labelKey: LABEL_KEY, runId, pull: 'never' });
      const r = await sim.exec(joinLine(argv));
      rec = { line: step.run, argv, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, ...rec };
    }
    await sim.advance(wait);
    rec.events = sim
      .events()
      .slice(seen)
      .map((e) => eventOf(e, T0));
    rec.containers = await observe(sim, runId);
    steps.push(rec);
  }
  return { id: scenario.id, steps };
}

export async function simulateCatalogue(scenarios: Scenario[]): Promise<Recording> {
  const out: RecordedScenario[] = [];
  for (const s of scenarios) out.push(await simulateScenario(s));
  return { source: 'simulator', versions: SIMULATED_VERSIONS, label: LABEL_KEY, scenarios: out };
}

/** A run for the export check: commands at virtual times, as the page records them. */
export interface TimedRun {
  title: string;
  run: { kind: 'command'; line: string; at: number; took?: number }[];
}

/** How the export check runs the exported script; the one step both sides are compared as. */
export const EXPORT_LINE = 'sh run.sh';

/** Settle time after a run's last command before looking at the containers. */
export const RUN_SETTLE_MS = 1500;

/**
 * Plays a run on a fresh simulator at its virtual times and records it as one step; each command's
 * `took` is measured from the events it caused (the last one's time minus the command's `at`).
 */
export async function simulateRun(
  timed: TimedRun,
  runId = 'sim',
): Promise<{ scenario: RecordedScenario; run: TimedRun['run'] }> {
  const sim = createSimulator({ seed: 1, startTime: T0 });
  let clock = 0;
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const run: TimedRun['run'] = [];
  for (const entry of timed.run) {
    if (entry.at > clock) await sim.advance(entry.at - clock);
    const seen = sim.events().length;
    const argv = withSafetyFlags(splitLine(entry.line), { labelKey: LABEL_KEY, runId, pull: 'never' });
    const r = await sim.exec(joinLine(argv));
    stdout += r.stdout;
    stderr += r.stderr;
    exitCode = r.exitCode;
    const last = sim.events().slice(seen).at(-1);
    const took = last ? Math.max(0, Math.round(last.timeNano / 1e6 - T0 - entry.at)) : 0;
    run.push({ kind: 'command', line: entry.line, at: entry.at, took });
    clock = entry.at + took;
  }
  await sim.advance(RUN_SETTLE_MS);
  // As `sh run.sh` of the exported script: every command's output in order, the last one's status.
  const step: RecordedStep = {
    line: EXPORT_LINE,
    exitCode,
    stdout,
    stderr,
    wait: RUN_SETTLE_MS,
    events: sim.events().map((e) => eventOf(e, T0)),
    containers: await observe(sim, runId),
  };
  return { scenario: { id: 'export-check', steps: [step] }, run };
}
