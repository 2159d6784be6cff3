/**
 * `npm run verify:docker`: runs the scenario catalogue on the local Docker engine and on the
 * simulator and prints, per scenario and step, match, version difference or real difference.
 * See scripts/verify-docker/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  applicableEntries,
  compareRecordings,
  compareScenario,
  differenceKey,
  type Report,
  type ScenarioResult,
} from './compare';
import { catalogueProblems, loadCatalogue, loadVersionTable } from './data';
import { cleanup, preflight, pullImages, runScenario, versions, type EngineOptions } from './engine';
import { resolveCli, runExportCheck } from './export-check';
import { formatReport } from './report';
import { LABEL_KEY, simulateCatalogue, simulateScenario } from './simulate';
import type { RecordedScenario, Recording } from './types';

const HELP = `usage: npm run verify:docker -- [options]

Runs the lifecycle scenarios of scripts/verify-docker/catalogue.json against the local Docker
engine and against the simulator, and compares them step by step.

  --cli PATH        the docker CLI (default: $DOCKER_CLI, else docker)
  --host URL        the engine (default: the CLI's own, e.g. $DOCKER_HOST)
  --only a,b        only these scenario ids
  --record FILE     write the engine's recording (a fixture for tests/real-docker/)
  --report FILE     write the comparison as JSON
  --replay FILE     compare a recorded fixture with the simulator; no engine needed
  --export-check    export a run as a shell script, run it on the engine, compare its events
                    (with --record FILE, writes that fixture instead)
  --pull            let the engine pull missing images (never done otherwise)
  --cleanup         remove containers left by an earlier verifier run (by its label), then stop
  --verbose         print the compared values of matching fields too
`;

interface Args {
  cli: string;
  host?: string;
  only?: string[];
  record?: string;
  report?: string;
  replay?: string;
  exportCheck: boolean;
  pull: boolean;
  cleanup: boolean;
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    cli: process.env.DOCKER_CLI || 'docker',
    exportCheck: false,
    pull: false,
    cleanup: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--cli') args.cli = value();
    else if (a === '--host') args.host = value();
    else if (a === '--only') args.only = value().split(',');
    else if (a === '--record') args.record = value();
    else if (a === '--report') args.report = value();
    else if (a === '--replay') args.replay = value();
    else if (a === '--export-check') args.exportCheck = true;
    else if (a === '--pull') args.pull = true;
    else if (a === '--cleanup') args.cleanup = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n\n${HELP}`);
  }
  return args;
}

function write(file: string, data: unknown) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const catalogue = loadCatalogue();
  const table = loadVersionTable();
  const problems = catalogueProblems(catalogue);
  if (problems.length) {
    console.error(`the catalogue has problems:\n${problems.join('\n')}`);
    return 2;
  }
  const scenarios = args.only ? catalogue.scenarios.filter((s) => args.only?.includes(s.id)) : catalogue.scenarios;

  if (args.replay) {
    const real = JSON.parse(readFileSync(args.replay, 'utf8')) as Recording;
    const ids = new Set(real.scenarios.map((s) => s.id));
    const sim = await simulateCatalogue(scenarios.filter((s) => ids.has(s.id)));
    return finish(compareRecordings(catalogue, sim, real, table), args);
  }

  const runId = `r${Date.now().toString(36)}`;
  const opts: EngineOptions = { cli: args.cli, runId, pull: args.pull, ...(args.host ? { host: args.host } : {}) };

  if (args.cleanup) {
    const n = await cleanup(opts, '*');
    console.log(`removed ${n} container(s) labelled ${LABEL_KEY}`);
    return 0;
  }

  const v = await versions(opts);
  console.log(`engine ${v.engine} (API ${v.api}), CLI ${v.cli} at ${args.cli}; run ${runId}`);
  const refused = await preflight(opts, catalogue);
  if (refused.length) {
    console.error(`refusing to run:\n- ${refused.join('\n- ')}`);
    return 2;
  }
  if (args.pull) await pullImages(opts, catalogue);

  if (args.exportCheck) return runExportCheck(opts, v, table, { ...args, cli: resolveCli(args.cli) });

  const recorded: RecordedScenario[] = [];
  const entries = applicableEntries(table, v);
  const known = new Set(catalogue.names);
  let retried = 0;
  for (const s of scenarios) {
    process.stdout.write(`running ${s.id} …`);
    const started = Date.now();
    const simulated = await simulateScenario(s);
    let rec = await runScenario(opts, s, catalogue.names);
    // Timing on a busy machine is noisy: a scenario whose only real differences are back-off
    // gaps runs again, up to TIMING_RETRIES times, and the last run is kept.
    for (let i = 0; i < TIMING_RETRIES && onlyBackoffDiffers(compareScenario(s, simulated, rec, entries, known)); i++) {
      process.stdout.write(' (back-off timing off, again)');
      retried++;
      rec = await runScenario(opts, s, catalogue.names);
    }
    recorded.push(rec);
    process.stdout.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (retried) console.log(`${retried} scenario run(s) repeated for back-off timing`);
  const real: Recording = {
    source: 'docker',
    versions: v,
    cliPath: resolveCli(args.cli),
    recordedAt: new Date().toISOString(),
    label: LABEL_KEY,
    scenarios: recorded,
  };
  if (args.record) {
    write(args.record, real);
    console.log(`recorded ${args.record}`);
  }
  const sim = await simulateCatalogue(scenarios);
  return finish(compareRecordings(catalogue, sim, real, table), args);
}

/** How many times a scenario runs again when only its back-off timing differs. */
const TIMING_RETRIES = 2;

function onlyBackoffDiffers(r: ScenarioResult): boolean {
  const diffs = r.steps.flatMap((st) => st.fields.filter((f) => f.verdict === 'difference'));
  return diffs.length > 0 && diffs.every((f) => f.field === 'backoff');
}

function finish(report: Report, args: Args): number {
  console.log(`\n${formatReport(report, loadVersionTable(), { verbose: args.verbose })}`);
  if (args.report) write(args.report, { ...report, differenceKeys: report.summary.differences.map(differenceKey) });
  return report.summary.differences.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
