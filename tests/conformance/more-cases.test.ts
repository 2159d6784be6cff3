/**
 * Conformance cases of issue 11 as data (more-cases.json): one command after a setup, with the
 * CLI's output, its exit code, the events it logs (only the container's own), and the state it
 * leaves. `{id}` is the container's full ID; `<exec>` in eventAttrs is any execID (64 hex), the
 * same within a case. Each case cites its source and what a real engine showed (docs/commands.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../machines/index';

interface MoreCase {
  id: string;
  setup: string[];
  advance?: number;
  command: string;
  stdin?: string;
  stdout: string;
  stderr?: string;
  stderrMatch?: string;
  exitCode: number;
  events: string[];
  eventAttrs?: Record<string, string>[];
  state?: string;
  source: string;
  engine: string;
}

const CASES: MoreCase[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('./more-cases.json', import.meta.url)), 'utf8'),
);

describe.each(CASES.map((c) => [c.id, c] as const))('case %s', (_id, c) => {
  it(`${c.command} matches (${c.source})`, async () => {
    const sim = createSimulator({ seed: 11 });
    for (const line of c.setup) await sim.exec(line);
    if (c.advance) await sim.advance(c.advance);
    const seen = sim.events().length;
    const r = await sim.exec(c.command, c.stdin !== undefined ? { stdin: c.stdin } : {});
    // The container called web (created by the setup or by the command itself).
    const id =
      sim.events().find((e) => e.Actor.Attributes.name === 'web' || e.Actor.Attributes.oldName === '/web')?.Actor.ID ??
      '';
    const fill = (t: string) => t.replaceAll('{id}', id);
    expect(r.exitCode, 'exit code').toBe(c.exitCode);
    expect(r.stdout, 'stdout').toBe(fill(c.stdout));
    if (c.stderr !== undefined) expect(r.stderr, 'stderr').toBe(fill(c.stderr));
    if (c.stderrMatch !== undefined) expect(r.stderr, 'stderr').toMatch(new RegExp(c.stderrMatch));
    const events = sim
      .events()
      .slice(seen)
      .filter((e) => e.Actor.ID === id || e.Actor.ID === '');
    expect(
      events.map((e) => e.Action),
      'events',
    ).toEqual(c.events);
    let exec: string | undefined;
    (c.eventAttrs ?? []).forEach((want, i) => {
      for (const [k, v] of Object.entries(want)) {
        const got = events[i]?.Actor.Attributes[k];
        if (v === '<exec>') {
          expect(got).toMatch(/^[0-9a-f]{64}$/);
          exec ??= got;
          expect(got).toBe(exec);
        } else {
          expect(got, `${events[i]?.Action} ${k}`).toBe(v);
        }
      }
    });
    if (c.state !== undefined) expect(sim.inspect(id)?.State.Status ?? 'removed', 'state').toBe(c.state);
  });
});
