/**
 * Replays the real engine's recorded runs (tests/real-docker/engine-*.json, made with
 * `npm run verify:docker -- --record …`) against the simulator through the verifier's own
 * comparison (scripts/verify-docker/compare.ts), so the check runs without an engine.
 *
 * Every difference the version table does not explain must be listed, by name, in
 * known-differences.json: a new one fails this test, and so does a listed one that went away.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportRun } from '../../machines/export/index';
import { compareRecordings, differenceKey, sameText, summarise } from '../../scripts/verify-docker/compare';
import { catalogueProblems, loadCatalogue, loadVersionTable } from '../../scripts/verify-docker/data';
import { compareExport, type ExportCheckRecording } from '../../scripts/verify-docker/export-compare';
import { loadExportRun } from '../../scripts/verify-docker/export-check';
import { simulateCatalogue, simulateRun } from '../../scripts/verify-docker/simulate';
import type { Recording } from '../../scripts/verify-docker/types';

interface KnownDifference {
  fixture: string;
  /** `scenario#step:field`, steps counted from 0. */
  key: string;
  what: string;
  engine: string;
  simulator: string;
  source: string;
}

const dir = new URL('./', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
const catalogue = loadCatalogue();
const table = loadVersionTable();
const known = read<{ differences: KnownDifference[] }>('known-differences.json').differences;
const fixtures = readdirSync(dir).filter((f) => /^engine-.*\.json$/.test(f));
const exportFixtures = readdirSync(dir).filter((f) => /^export-check-.*\.json$/.test(f));

describe('the verifier data', () => {
  it('has a catalogue of at least 30 scenarios that the verifier accepts', () => {
    expect(catalogue.scenarios.length).toBeGreaterThanOrEqual(30);
    expect(catalogueProblems(catalogue)).toEqual([]);
  });

  it('cites a source for every entry of the version table, and every pattern compiles', () => {
    const ids = new Set<string>();
    for (const e of table.entries) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.citation, e.id).toMatch(/(moby\/moby|docker\/cli|opencontainers\/runc)/);
      expect(e.what.length, e.id).toBeGreaterThan(10);
      if (e.kind === 'text' || e.kind === 'command') expect(() => new RegExp(e.pattern), e.id).not.toThrow();
      if (e.kind === 'text' && e.when !== undefined) expect(() => new RegExp(e.when as string), e.id).not.toThrow();
    }
  });

  it('lists each known difference once, for a fixture that exists', () => {
    const keys = known.map((k) => `${k.fixture} ${k.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of known) expect([...fixtures, ...exportFixtures]).toContain(k.fixture);
  });

  it('has recordings made with both CLIs on this machine', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
    const clis = fixtures.map((f) => read<Recording>(f).versions.cli);
    expect(new Set(clis).size).toBe(fixtures.length);
  });
});

describe.each(fixtures)('the real engine recorded in %s', (file) => {
  const real = read<Recording>(file);

  it('names the engine and CLI versions it was recorded with', () => {
    expect(real.source).toBe('docker');
    expect(real.versions.engine).toMatch(/^\d+\.\d+/);
    expect(real.versions.cli).toMatch(/^\d+\.\d+/);
    expect(real.versions.api).toMatch(/^1\.\d+$/);
  });

  it('holds every scenario of the catalogue, step by step as the catalogue has it', () => {
    expect(real.scenarios.map((s) => s.id)).toEqual(catalogue.scenarios.map((s) => s.id));
    for (const s of catalogue.scenarios) {
      const r = real.scenarios.find((x) => x.id === s.id);
      expect(
        r?.steps.map((st) => st.line),
        s.id,
      ).toEqual(s.steps.map((st) => st.run));
    }
  });

  it('matches the simulator except for version differences and the named known differences', async () => {
    const sim = await simulateCatalogue(catalogue.scenarios);
    const report = compareRecordings(catalogue, sim, real, table);
    const found = report.summary.differences.map(differenceKey).sort();
    const expected = known
      .filter((k) => k.fixture === file)
      .map((k) => k.key)
      .sort();
    expect(found).toEqual(expected);
    // The comparison looked at something: most steps match outright.
    expect(report.summary.steps.match).toBeGreaterThan(report.summary.steps.total / 2);
  });
});

describe.each(exportFixtures)('the exported script recorded in %s', (file) => {
  const rec = read<ExportCheckRecording>(file);

  it('is what the exporter writes today for the same run', async () => {
    const simulated = await simulateRun(loadExportRun());
    expect(simulated.run).toEqual(rec.run);
    expect(exportRun(simulated.run, { title: rec.title })).toBe(rec.script);
  });

  it('did on the engine what the run did in the simulator, modulo the version table', async () => {
    const simulated = await simulateRun(loadExportRun());
    const result = compareExport(rec, simulated.scenario, table);
    const found = summarise([result]).differences.map(differenceKey).sort();
    expect(found).toEqual(
      known
        .filter((k) => k.fixture === file)
        .map((k) => k.key)
        .sort(),
    );
    expect(rec.scenario.steps[0]?.events.length).toBeGreaterThan(10);
  });
});

describe('the comparison', () => {
  it('reports a difference when the engine had said something else', async () => {
    const file = fixtures[0] as string;
    const real = read<Recording>(file);
    const scenario = catalogue.scenarios.find((s) => s.id === 'stop-dies-of-sigterm')!;
    const rec = structuredClone(real.scenarios.find((s) => s.id === scenario.id)!);
    const stop = rec.steps[1]!;
    stop.events = stop.events.map((e) =>
      e.Action === 'die' ? { ...e, Attributes: { ...e.Attributes, exitCode: '137' } } : e,
    );
    stop.stderr = 'Error response from daemon: something else\n';
    const sim = await simulateCatalogue([scenario]);
    const report = compareRecordings(catalogue, sim, { ...real, scenarios: [rec] }, table);
    expect(report.summary.differences.map(differenceKey).sort()).toEqual([
      'stop-dies-of-sigterm#1:events',
      'stop-dies-of-sigterm#1:stderr',
    ]);
  });

  it('lets <*> in a version entry stand for any text within one line', () => {
    expect(sameText("restart policy '<*>'", "restart policy 'always'")).toBe(true);
    expect(sameText("restart policy '<*>'", "restart policy 'a'\nb'")).toBe(false);
    expect(sameText('a.b', 'axb')).toBe(false);
  });
});
