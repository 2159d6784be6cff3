/**
 * Replays: the same seed and the same commands give byte-identical output, IDs, names and events;
 * another seed gives other IDs (contract §1, SimulatorOptions.seed).
 */
import { describe, expect, it } from 'vitest';
import { createSimulator, type ExecResult, type Simulator } from '../../machines/index';
import { HEX64, T0, at } from './helpers';

const SCRIPT = [
  'docker run -d busybox sleep 1000',
  'docker run -d --restart on-failure:2 busybox false',
  'docker create nginx',
  'docker run -d --name web nginx',
  'docker run -d --rm busybox sleep 3',
  'docker pause web',
  'docker stop web',
  "docker run busybox sh -c 'sleep 2; exit 5'",
];

async function replay(seed: number | undefined): Promise<{ sim: Simulator; outputs: ExecResult[] }> {
  const sim = seed === undefined ? createSimulator() : createSimulator({ seed });
  const outputs: ExecResult[] = [];
  for (const line of SCRIPT) {
    outputs.push(await sim.exec(line));
    await sim.advance(1500);
  }
  await sim.inject('web', { type: 'exit', code: 0 });
  await sim.advance(60_000);
  return { sim, outputs };
}

function ids(outputs: ExecResult[]): string[] {
  return outputs.map((o) => o.stdout.trim()).filter((x) => HEX64.test(x));
}

describe('determinism', () => {
  it('the same seed and the same commands give identical output, IDs, names, events and inspect', async () => {
    const one = await replay(42);
    const two = await replay(42);
    expect(two.outputs).toEqual(one.outputs);
    expect(ids(one.outputs)).toHaveLength(5);
    expect(two.sim.events()).toEqual(one.sim.events());
    for (const id of ids(one.outputs)) {
      expect(two.sim.inspect(id)).toEqual(one.sim.inspect(id));
    }
    const names = one.sim.events().map((e) => e.Actor.Attributes.name);
    expect(new Set(names).size).toBeGreaterThanOrEqual(4);
    expect(two.sim.events().map((e) => e.Actor.Attributes.name)).toEqual(names);
  });

  it('a different seed gives different container IDs', async () => {
    const one = await replay(42);
    const two = await replay(43);
    const a = ids(one.outputs);
    const b = ids(two.outputs);
    expect(b).toHaveLength(a.length);
    for (let i = 0; i < a.length; i++) expect(b[i]).not.toBe(a[i]);
    // The story itself does not depend on the seed: the same actions happen at the same times.
    expect(two.sim.events().map((e) => [e.Action, at(e)])).toEqual(one.sim.events().map((e) => [e.Action, at(e)]));
  });

  it('without a seed the simulator is still deterministic', async () => {
    const one = await replay(undefined);
    const two = await replay(undefined);
    expect(two.outputs).toEqual(one.outputs);
    expect(two.sim.events()).toEqual(one.sim.events());
  });

  it('a generated name follows adjective_surname and is stable per seed', async () => {
    const a = createSimulator({ seed: 7 });
    const b = createSimulator({ seed: 7 });
    const idA = (await a.exec('docker create busybox')).stdout.trim();
    const idB = (await b.exec('docker create busybox')).stdout.trim();
    expect(idA).toBe(idB);
    const name = a.inspect(idA)?.Name ?? '';
    expect(name).toMatch(/^\/[a-z]+_[a-z]+\d*$/);
    expect(b.inspect(idB)?.Name).toBe(name);
  });

  it('IDs are unique within one simulator', async () => {
    const s = createSimulator({ seed: 3 });
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) seen.add((await s.exec('docker create busybox')).stdout.trim());
    expect(seen.size).toBe(40);
    const names = new Set([...seen].map((id) => s.inspect(id)?.Name));
    expect(names.size).toBe(40);
  });

  it('the clock starts at 2026-01-01T00:00:00Z by default and at startTime when given', async () => {
    const a = createSimulator({ seed: 1 });
    await a.exec('docker create busybox');
    expect(at(a.events()[0])).toBe(T0);
    const later = Date.UTC(2030, 5, 1, 12, 0, 0);
    const b = createSimulator({ seed: 1, startTime: later });
    const id = (await b.exec('docker create busybox')).stdout.trim();
    expect(at(b.events()[0])).toBe(later);
    expect(b.inspect(id)?.Created.startsWith('2030-06-01T12:00:00')).toBe(true);
    const c = createSimulator({ seed: 1, startTime: new Date(later) });
    await c.exec('docker create busybox');
    expect(at(c.events()[0])).toBe(later);
  });
});
