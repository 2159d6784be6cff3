/**
 * Shared helpers for the multi-step scenario tests (an independent reading of
 * shared/spec/docker-lifecycle.md and simulator-contract.md). Only the public API is used.
 */
import { expect } from 'vitest';
import {
  createSimulator,
  type ContainerInspect,
  type DockerEvent,
  type ExecResult,
  type Simulator,
} from '../../machines/index';

/** The contract's default start of the virtual clock, 2026-01-01T00:00:00Z, in ms. */
export const T0 = Date.UTC(2026, 0, 1);

/** docker/cli run.go withHelp. */
export const RUN_HELP = "\n\nRun 'docker run --help' for more information";

export const ZERO_TIME = '0001-01-01T00:00:00Z';

export const HEX64 = /^[0-9a-f]{64}$/;

export function sim(options: { seed?: number; autoAdvance?: boolean } = {}): Simulator {
  return createSimulator({
    seed: options.seed ?? 1,
    ...(options.autoAdvance === undefined ? {} : { autoAdvance: options.autoAdvance }),
  });
}

/** Runs a setup command that must succeed, and returns what it printed. */
export async function must(s: Simulator, line: string): Promise<ExecResult> {
  const r = await s.exec(line);
  if (r.exitCode !== 0) throw new Error(`setup "${line}" failed (${r.exitCode}): ${r.stderr}`);
  return r;
}

/** `docker run -d …` / `docker create …` and the new container's full ID. */
export async function idOf(s: Simulator, line: string): Promise<string> {
  const r = await must(s, line);
  const id = r.stdout.trim();
  expect(id).toMatch(HEX64);
  return id;
}

/** The container as inspect shows it; fails the test when it is gone. */
export function state(s: Simulator, ref: string): ContainerInspect['State'] {
  const c = s.inspect(ref);
  if (!c) throw new Error(`container ${ref} does not exist`);
  return c.State;
}

export function info(s: Simulator, ref: string): ContainerInspect {
  const c = s.inspect(ref);
  if (!c) throw new Error(`container ${ref} does not exist`);
  return c;
}

/** Events of one container (by full ID), optionally only those after `from` events in the log. */
export function eventsOf(s: Simulator, id: string, from = 0): DockerEvent[] {
  return s
    .events()
    .slice(from)
    .filter((e) => e.Actor.ID === id);
}

/** A compact form of an event: the action plus the signal / exitCode attributes Docker sets. */
export function label(e: DockerEvent): string {
  const a = e.Actor.Attributes;
  const extra = [
    a.signal !== undefined ? `signal=${a.signal}` : '',
    a.exitCode !== undefined ? `exitCode=${a.exitCode}` : '',
  ].filter(Boolean);
  return [e.Action, ...extra].join(' ');
}

export function labels(events: DockerEvent[]): string[] {
  return events.map(label);
}

/**
 * The spec's unordered pair (§2.3): `die` and `stop` may come in either order. Adjacent die/stop
 * pairs are put into the familiar `die`, `stop` order before comparing.
 */
export function dieStopCanonical(seq: string[]): string[] {
  const out = [...seq];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] ?? '';
    const b = out[i + 1] ?? '';
    if (a === 'stop' && b.startsWith('die')) {
      out[i] = b;
      out[i + 1] = a;
    }
  }
  return out;
}

/**
 * The optional `unpause` when stopping, killing or removing a paused container (§5): drop an
 * `unpause` that stands between a `kill` and the next `die`.
 */
export function withoutOptionalUnpause(seq: string[]): string[] {
  const out: string[] = [];
  let killPending = false;
  for (let i = 0; i < seq.length; i++) {
    const e = seq[i] ?? '';
    if (e.startsWith('kill')) killPending = true;
    if (e.startsWith('die')) killPending = false;
    if (e === 'unpause' && killPending && seq.slice(i + 1).some((x) => x.startsWith('die'))) continue;
    out.push(e);
  }
  return out;
}

/** Both relaxations the spec allows, for a sequence of labels. */
export function relaxed(seq: string[]): string[] {
  return dieStopCanonical(withoutOptionalUnpause(seq));
}

/** Virtual ms of an event (from timeNano; whole ms are exact at this magnitude). */
export function at(e: DockerEvent | undefined): number {
  if (!e) throw new Error('no such event');
  return Math.round(e.timeNano / 1e6);
}

/** ms since T0 of an event. */
export function sinceT0(e: DockerEvent | undefined): number {
  return at(e) - T0;
}

/** Parses an RFC 3339 time with up to nine fractional digits to ms since the epoch. */
export function rfc3339(text: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(text);
  if (!m) throw new Error(`not RFC 3339: ${text}`);
  const [, y, mo, d, h, mi, s, frac = '', zone] = m;
  let ms =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) +
    Number(frac.padEnd(3, '0').slice(0, 3));
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return ms;
}

/** StartedAt/FinishedAt as ms since T0. */
export function tStarted(s: Simulator, ref: string): number {
  return rfc3339(state(s, ref).StartedAt) - T0;
}

export function tFinished(s: Simulator, ref: string): number {
  return rfc3339(state(s, ref).FinishedAt) - T0;
}

/** Gaps in ms between each `die` and the `start` that follows it. */
export function backoffGaps(events: DockerEvent[]): number[] {
  const gaps: number[] = [];
  let lastDie: DockerEvent | undefined;
  for (const e of events) {
    if (e.Action === 'die') lastDie = e;
    if (e.Action === 'start' && lastDie) {
      gaps.push(at(e) - at(lastDie));
      lastDie = undefined;
    }
  }
  return gaps;
}

export function count(events: DockerEvent[], action: string): number {
  return events.filter((e) => e.Action === action).length;
}

/** Every event carries the image as typed and the name without its slash (§2.1). */
export function expectImageAndName(events: DockerEvent[], image: string, name: string): void {
  for (const e of events) {
    expect(e.Type).toBe('container');
    expect(e.scope).toBe('local');
    expect(e.Actor.Attributes.image).toBe(image);
    expect(e.Actor.Attributes.name).toBe(name);
    expect(e.time).toBe(Math.floor(at(e) / 1000));
  }
}

export const ok = (stdout: string): ExecResult => ({ stdout, stderr: '', exitCode: 0 });
