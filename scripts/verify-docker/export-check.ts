/**
 * `npm run verify:docker -- --export-check`: plays export-run.json on the simulator, exports it with
 * machines/export as a shell script, runs that script with `sh` on the real engine, and compares the
 * engine's events and final containers with the simulator's (modulo the version table).
 *
 * The script runs with a `docker` shim first on PATH that is the configured CLI and host, adds the
 * verifier's label, `--network none` and `--pull never` to every run/create, and so keeps the same
 * safety as the scenarios; the verifier removes the labelled containers afterwards.
 */
import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exportRun, namesIn } from '../../machines/export/script';
import { summarise } from './compare';
import { checkNames, cleanup, connectsBetween, docker, now, sleep, type EngineOptions } from './engine';
import { compareExport, type ExportCheckRecording } from './export-compare';
import { refusal } from './line';
import { formatReport } from './report';
import { EXPORT_LINE, LABEL_KEY, parsePs, psLine, RUN_SETTLE_MS, simulateRun, type TimedRun } from './simulate';
import type { RecordedContainer, RecordedEvent, VersionTable, Versions } from './types';

export function loadExportRun(): TimedRun {
  return JSON.parse(readFileSync(new URL('./export-run.json', import.meta.url), 'utf8')) as TimedRun;
}

/** The CLI as an absolute path: the shim is itself named `docker` and comes first on PATH. */
export function resolveCli(cli: string): string {
  if (cli.includes('/')) return cli;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir || '.', cli);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`${cli} was not found on PATH`);
}

function shim(opts: EngineOptions): string {
  const host = opts.host ? ` -H '${opts.host}'` : '';
  const flags = `--network none --label ${LABEL_KEY}=${opts.runId} --pull never`;
  return `#!/bin/sh
# verify-docker: the engine's CLI, with networking off and the verifier's label on every container.
cli='${resolveCli(opts.cli)}'
case "$1" in
  run|create) v=$1; shift; exec "$cli"${host} "$v" ${flags} "$@" ;;
  container) case "$2" in run|create) v=$2; shift 2; exec "$cli"${host} container "$v" ${flags} "$@" ;; esac ;;
esac
exec "$cli"${host} "$@"
`;
}

function sh(script: string, path: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', [script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${path}:${process.env.PATH ?? ''}` },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}

async function observe(opts: EngineOptions): Promise<RecordedContainer[]> {
  const rows = parsePs((await docker(opts, psLine(opts.runId).slice(1))).stdout);
  if (!rows.length) return [];
  const ins = await docker(opts, ['inspect', ...rows.map((r) => r.ID)]);
  const list = JSON.parse(ins.stdout || '[]') as {
    Id: string;
    Name: string;
    RestartCount: number;
    State: { Status: string; ExitCode: number };
  }[];
  return rows.flatMap((row) => {
    const c = list.find((x) => x.Id === row.ID);
    return c
      ? [
          {
            ID: c.Id,
            Name: c.Name.replace(/^\//, ''),
            Status: c.State.Status,
            ExitCode: c.State.ExitCode,
            RestartCount: c.RestartCount,
            psStatus: row.psStatus,
          },
        ]
      : [];
  });
}

/** Runs the exported script once on the engine and records what it did. */
async function runOnce(
  opts: EngineOptions,
  dir: string,
  versions: Versions,
  cliPath: string,
  timed: TimedRun,
  run: TimedRun['run'],
  script: string,
): Promise<ExportCheckRecording> {
  await checkNames(opts, namesIn(run));
  const t0 = now();
  const result = await sh(join(dir, 'run.sh'), dir);
  await sleep(RUN_SETTLE_MS);
  const containers = await observe(opts);
  const end = now();
  await sleep(300);
  const ev = await docker(opts, [
    'events',
    '--since',
    (t0 / 1000 - 0.001).toFixed(6),
    '--until',
    (end / 1000).toFixed(6),
    '--filter',
    'type=container',
    '--filter',
    `label=${LABEL_KEY}=${opts.runId}`,
    '--format',
    '{{json .}}',
  ]);
  const events: RecordedEvent[] = ev.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      const e = JSON.parse(l) as {
        Action: string;
        Actor: { ID: string; Attributes?: Record<string, string> };
        timeNano: number;
      };
      return {
        Action: e.Action,
        ID: e.Actor.ID,
        Attributes: { ...(e.Actor.Attributes ?? {}) },
        t: Math.round((e.timeNano / 1e6 - t0) * 1000) / 1000,
      };
    });
  const ours = new Set(events.map((e) => e.ID));
  const connects = (await connectsBetween(opts, t0 - 1, end))
    .filter((c) => ours.has(c.ID))
    .map((c) => ({ ID: c.ID, t: Math.round((c.at - t0) * 1000) / 1000 }));
  await cleanup(opts, opts.runId);
  return {
    source: 'docker',
    versions,
    cliPath,
    recordedAt: new Date().toISOString(),
    label: LABEL_KEY,
    title: timed.title,
    run,
    script,
    scenario: {
      id: 'export-check',
      steps: [
        {
          line: EXPORT_LINE,
          exitCode: result.exitCode,
          stdout: result.stdout,
          stderr: result.stderr,
          wait: RUN_SETTLE_MS,
          events,
          connects,
          containers,
        },
      ],
    },
  };
}

/** As for the scenarios: a back-off that alone differs is timed again, at most twice. */
const TIMING_RETRIES = 2;

export async function runExportCheck(
  opts: EngineOptions,
  versions: Versions,
  table: VersionTable,
  args: { cli: string; record?: string },
): Promise<number> {
  const timed = loadExportRun();
  for (const e of timed.run) {
    const why = refusal(e.line);
    if (why) throw new Error(`export-run.json: ${why}`);
  }
  const simulated = await simulateRun(timed);
  const script = exportRun(simulated.run, { title: timed.title });
  const dir = mkdtempSync(join(tmpdir(), 'verify-docker-'));
  try {
    writeFileSync(join(dir, 'run.sh'), script);
    writeFileSync(join(dir, 'docker'), shim(opts));
    chmodSync(join(dir, 'docker'), 0o755);
    console.log(`exported script (${dir}/run.sh):\n${script}`);
    let recording = await runOnce(opts, dir, versions, args.cli, timed, simulated.run, script);
    let result = compareExport(recording, simulated.scenario, table);
    for (let i = 0; i < TIMING_RETRIES; i++) {
      const diffs = result.steps.flatMap((st) => st.fields.filter((f) => f.verdict === 'difference'));
      if (!(diffs.length > 0 && diffs.every((f) => f.field === 'backoff'))) break;
      console.log('back-off timing off, running the script again');
      recording = await runOnce(opts, dir, versions, args.cli, timed, simulated.run, script);
      result = compareExport(recording, simulated.scenario, table);
    }
    if (args.record) {
      mkdirSync(dirname(args.record), { recursive: true });
      writeFileSync(args.record, `${JSON.stringify(recording, null, 2)}\n`);
      console.log(`recorded ${args.record}`);
    }
    console.log(formatReport({ versions, scenarios: [result], summary: summarise([result]) }, table));
    return result.verdict === 'difference' ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await cleanup(opts, opts.runId);
  }
}
