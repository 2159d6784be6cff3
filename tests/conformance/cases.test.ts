/**
 * Replays every case of the spec (tests/conformance/cases.json, the project's copy of the team's
 * docker-lifecycle-cases.json; copies.test.ts keeps it equal to the shared one) through
 * `createSimulator().exec`, for each kind of process where the outcome depends on it, and checks
 * state, events, stdout, stderr, CLI exit code, inspect's ExitCode and the ps STATUS.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator, type DockerEvent, type Simulator } from '../../machines/index';
import { eventProblems, type EventRules } from './expect-events';

interface Variant extends Partial<EventRules> {
  process: string;
  to?: string;
  exitCode?: number | string | null;
}

interface Case extends EventRules {
  id: string;
  from: string;
  command: string;
  flags: string[];
  to: string;
  error: string | null;
  cliStdout: string | null;
  cliExit: number;
  exitCode: number | string | null;
  psStatus: string | null;
  variants?: Variant[];
}

const CASES: Case[] = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));

/** Processes that answer SIGTERM in each of the three ways the spec distinguishes. */
const PROCESSES = {
  dies: { run: 'busybox top', kind: /dies of/, stopExit: 143 },
  handles: { run: 'redis', kind: /handles/, stopExit: 0 },
  ignores: { run: 'busybox sleep 1000', kind: /ignores/, stopExit: 137 },
} as const;
type ProcessKind = keyof typeof PROCESSES;

const NAME = 'web';

async function must(sim: Simulator, line: string): Promise<void> {
  const r = await sim.exec(line);
  if (r.exitCode !== 0) throw new Error(`setup "${line}" failed: ${r.stderr}`);
}

/** Brings a container named `web` into the case's starting state. */
async function arrange(from: string, kind: ProcessKind): Promise<Simulator> {
  const sim = createSimulator({ seed: 7, autoAdvance: from !== 'removing' });
  const proc = PROCESSES[kind].run;
  switch (from) {
    case 'none':
      break;
    case 'created':
      await must(sim, `docker create --name ${NAME} ${proc}`);
      break;
    case 'running':
      await must(sim, `docker run -d --name ${NAME} ${proc}`);
      await sim.advance(3000);
      break;
    case 'paused':
      await must(sim, `docker run -d --name ${NAME} ${proc}`);
      await sim.advance(2000);
      await must(sim, `docker pause ${NAME}`);
      await sim.advance(1000);
      break;
    case 'exited':
      await must(sim, `docker run -d --name ${NAME} ${proc}`);
      await must(sim, `docker kill ${NAME}`);
      await sim.advance(5000);
      break;
    case 'restarting':
      await must(sim, `docker run -d --restart always --name ${NAME} busybox false`);
      break;
    case 'dead':
      await must(sim, `docker create --name ${NAME} ${proc}`);
      await sim.inject(NAME, { type: 'rm-fails' });
      await sim.exec(`docker rm ${NAME}`);
      break;
    case 'removing':
      await must(sim, `docker create --name ${NAME} ${proc}`);
      await sim.inject(NAME, { type: 'rm-slow', ms: 5000 });
      void sim.exec(`docker rm ${NAME}`);
      break;
    default:
      throw new Error(`unknown from-state ${from}`);
  }
  const status = sim.inspect(NAME)?.State.Status ?? 'none';
  if (status !== from) throw new Error(`arranged ${from} but got ${status}`);
  return sim;
}

function fill(template: string, id: string): string {
  return template.replaceAll('{arg}', NAME).replaceAll('{id}', id).replaceAll('{name}', NAME);
}

function psPattern(template: string): RegExp {
  const esc = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc.replace(/\\\{dur\\\}/g, '.+').replace(/\\\{(previous )?code\\\}/g, '\\d+')}$`);
}

/**
 * A case without a variant for a process that ignores the stop signal still follows §4's table:
 * the bracketed `[kill(9)]` fallback comes before `die`, and the exit code is 137.
 */
function withFallback(c: Case): Variant | undefined {
  if (waitsForever(c)) return undefined;
  const dieIndex = c.events.indexOf('die');
  if (dieIndex < 0 || c.eventAttrs?.[dieIndex]?.exitCode !== '<process>') return undefined;
  const events = [...c.events];
  const attrs = [...(c.eventAttrs ?? [])];
  events.splice(dieIndex, 0, 'kill');
  attrs.splice(dieIndex, 0, { signal: '9' });
  return { process: 'ignores (§4 [kill(9)])', events, eventAttrs: attrs };
}

/** `-t -1`: no SIGKILL fallback; the daemon waits until the process ends by itself. */
function waitsForever(c: Case): boolean {
  const t = c.flags.indexOf('-t');
  return t >= 0 && Number(c.flags[t + 1]) < 0;
}

/** The case's expectations for one kind of process. */
function expectationFor(c: Case, kind: ProcessKind): { rules: EventRules; to: string; exitCode: Case['exitCode'] } {
  const variant =
    c.variants?.find((v) => PROCESSES[kind].kind.test(v.process)) ?? (kind === 'ignores' ? withFallback(c) : undefined);
  return {
    rules: {
      events: variant?.events ?? c.events,
      eventAttrs: variant?.eventAttrs ?? c.eventAttrs,
      unorderedGroups: variant?.unorderedGroups ?? c.unorderedGroups,
      optionalEvents: variant?.optionalEvents ?? c.optionalEvents,
    },
    to: variant?.to ?? c.to,
    exitCode: variant && variant.exitCode !== undefined ? variant.exitCode : c.exitCode,
  };
}

const KINDS = Object.keys(PROCESSES) as ProcessKind[];

describe.each(CASES.map((c) => [c.id, c] as const))('case %s', (_id, c) => {
  // Restarting containers come from a crash loop, so the process kind does not apply to them.
  const kinds: ProcessKind[] = c.from === 'restarting' || c.from === 'none' ? ['ignores'] : KINDS;
  it.each(kinds)('matches the spec with a process that %s the stop signal', async (kind) => {
    const sim = await arrange(c.from, kind);
    const before = sim.inspect(NAME);
    const id = before?.Id ?? '';
    const seen = sim.events().length;
    const line =
      c.from === 'none' && c.command === 'docker create'
        ? `docker create ${c.flags.map((f) => fill(f, id)).join(' ')} busybox`
        : `${c.command} ${c.flags.join(' ')} ${NAME}`.replace(/\s+/g, ' ');
    const result = await sim.exec(line);
    const after = sim.inspect(NAME);
    const newId = after?.Id ?? id;
    const events: DockerEvent[] = sim.events().slice(seen);
    const expected = expectationFor(c, kind);

    expect(result.exitCode, 'CLI exit code').toBe(c.cliExit);
    expect(result.stderr, 'stderr').toBe(c.error === null ? '' : `${fill(c.error, newId)}\n`);
    expect(result.stdout, 'stdout').toBe(c.cliStdout === null ? '' : `${fill(c.cliStdout, newId)}\n`);

    const state = after?.State.Status ?? (c.from === 'none' ? 'none' : 'removed');
    if (expected.to !== 'process-dependent') expect(state, 'state after').toBe(expected.to);

    const exitCode = after?.State.ExitCode ?? null;
    if (typeof expected.exitCode === 'number') expect(exitCode, 'ExitCode').toBe(expected.exitCode);
    if (expected.exitCode === 'previous exit code') expect(exitCode).toBe(before?.State.ExitCode);
    if (expected.exitCode === null && before && after)
      expect(exitCode, 'ExitCode unchanged').toBe(before.State.ExitCode);

    // `<process>` in a die event is what this process exits with when it gets the stop signal.
    // Under `-t -1` the ignoring `sleep 1000` runs out its time and exits 0.
    const dieCode =
      c.from === 'restarting' ? null : kind === 'ignores' && waitsForever(c) ? 0 : PROCESSES[kind].stopExit;
    expect(eventProblems(events, expected.rules, dieCode)).toEqual([]);
    for (const e of events) expect(e.Actor.ID).toBe(newId);

    if (c.psStatus && after) {
      const ps = await sim.exec(`docker ps -a --format '{{.Names}}|{{.Status}}'`);
      const row = ps.stdout.split('\n').find((l) => l.startsWith(`${NAME}|`));
      expect(row?.slice(NAME.length + 1)).toMatch(psPattern(c.psStatus));
    }
  });
});
