/** A run exported as a POSIX shell script (machines/export/script.ts). */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRun, namesIn, sleepSeconds, type RunEntry } from '../../../machines/export/index';
import { createSimulator } from '../../../machines/index';

const RUN: RunEntry[] = [
  { kind: 'command', line: 'docker run -d --name web nginx', at: 0 },
  { kind: 'command', line: 'docker pause web', at: 2500 },
  { kind: 'fault', text: 'web: the process exits with code 3', at: 4000 },
  { kind: 'command', line: 'docker stop -t 2 web', at: 5000, took: 2000 },
  { kind: 'command', line: "docker run --rm --name job busybox sh -c 'exit 3'", at: 8000 },
];

describe('exportRun', () => {
  it('writes a header, set -u, the commands in order, sleeps from the virtual times and faults as comments', () => {
    const script = exportRun(RUN, { title: 'My run' });
    const lines = script.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines[1]).toBe('# My run, as a shell script.');
    expect(script).toContain('# 1 fault was injected in the simulator; a script cannot cause it,');
    expect(script).toContain('# containers (web, job).');
    const body = lines.slice(lines.indexOf('set -u') + 1).filter((l) => l !== '');
    expect(body).toEqual([
      'docker run -d --name web nginx',
      'sleep 2.5',
      'docker pause web',
      'sleep 1.5',
      '# fault at 4 s, not reproducible by a script: web: the process exits with code 3',
      'sleep 1',
      'docker stop -t 2 web',
      // The stop took 2 s of the 3 s until the next command.
      'sleep 1',
      "docker run --rm --name job busybox sh -c 'exit 3'",
    ]);
    expect(script.endsWith('\n')).toBe(true);
    expect(script).not.toMatch(/^set -e/m);
  });

  it('leaves out what a script cannot do unattended, and what is not docker, as comments', () => {
    const script = exportRun([
      { kind: 'command', line: 'docker events', at: 0 },
      { kind: 'command', line: 'docker run -it --name sh busybox', at: 0 },
      { kind: 'command', line: 'clear', at: 0 },
      { kind: 'command', line: 'docker events --since 1m --until 0s', at: 0 },
      { kind: 'fault', text: 'two\nlines', at: 0 },
      { kind: 'command', line: 'docker container prune', at: 0 },
      { kind: 'command', line: 'docker container prune --filter until=1h -f', at: 0 },
    ]);
    expect(script).toContain('# left out (asks to confirm without -f): docker container prune\n');
    expect(script).toContain('\ndocker container prune --filter until=1h -f\n');
    expect(script).toContain('# left out (docker events waits until it is interrupted): docker events\n');
    expect(script).toContain('# left out (needs a terminal (-t)): docker run -it --name sh busybox\n');
    expect(script).toContain('# not a docker command, left out: clear\n');
    expect(script).toContain('\ndocker events --since 1m --until 0s\n');
    expect(script).toContain(': two lines\n');
    expect(script).not.toMatch(/^sleep/m);
  });

  it('formats sleeps to the millisecond and finds the names', () => {
    expect(sleepSeconds(1000)).toBe('1');
    expect(sleepSeconds(100)).toBe('0.1');
    expect(sleepSeconds(1234.4)).toBe('1.234');
    expect(sleepSeconds(60_000)).toBe('60');
    expect(namesIn(RUN)).toEqual(['web', 'job']);
    expect(namesIn([{ kind: 'command', line: "docker create --name='a-b' x", at: 0 }])).toEqual(['a-b']);
  });

  it('is a script sh accepts, that runs each docker line with its words as typed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-test-'));
    try {
      const log = join(dir, 'calls');
      writeFileSync(
        join(dir, 'docker'),
        `#!/bin/sh\nfor a in "$@"; do printf '[%s]' "$a" >> '${log}'; done\necho >> '${log}'\n`,
      );
      chmodSync(join(dir, 'docker'), 0o755);
      const run: RunEntry[] = RUN.map((e) => ({
        ...e,
        at: e.at / 100,
        ...(e.kind === 'command' && e.took ? { took: e.took / 100 } : {}),
      }));
      const script = exportRun(run);
      writeFileSync(join(dir, 'run.sh'), script);
      expect(spawnSync('sh', ['-n', join(dir, 'run.sh')]).status).toBe(0);
      const r = spawnSync('sh', [join(dir, 'run.sh')], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
      expect(r.stderr.toString()).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
        '[run][-d][--name][web][nginx]',
        '[pause][web]',
        '[stop][-t][2][web]',
        '[run][--rm][--name][job][busybox][sh][-c][exit 3]',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the run a simulator records (runLog, what the page exports)', () => {
  it('is the run verify:docker checked on a real engine, when the same lines are given at the same times', async () => {
    const timed = JSON.parse(
      readFileSync(new URL('../../../scripts/verify-docker/export-run.json', import.meta.url), 'utf8'),
    ) as { run: { kind: 'command'; line: string; at: number }[] };
    const { simulateRun } = await import('../../../scripts/verify-docker/simulate');
    const checked = (await simulateRun(timed as Parameters<typeof simulateRun>[0])).run;
    const sim = createSimulator({ seed: 1 });
    let clock = 0;
    for (const e of timed.run) {
      if (e.at > clock) await sim.advance(e.at - clock);
      await sim.exec(e.line);
      const entry = sim.runLog().at(-1);
      clock = (entry?.at ?? 0) + (entry && entry.kind === 'command' ? (entry.took ?? 0) : 0);
    }
    expect(sim.runLog()).toEqual(checked);
    expect(exportRun(sim.runLog())).toBe(exportRun(checked));
  });

  it('records clicks and typed lines alike, with their virtual times and durations, and faults', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.run('docker run -d --name web busybox sleep 1000');
    await sim.advance(1500);
    await sim.run('docker stop -t 2 web');
    sim.fault('web', { type: 'oom' }, 'web: out of memory');
    expect(sim.runLog()).toEqual([
      { kind: 'command', line: 'docker run -d --name web busybox sleep 1000', at: 0, took: 0 },
      { kind: 'command', line: 'docker stop -t 2 web', at: 1500, took: 2000 },
      { kind: 'fault', text: 'web: out of memory', at: 3500 },
    ]);
    const script = exportRun(sim.runLog());
    expect(script).toContain('docker stop -t 2 web');
    expect(script).toMatch(/^# .*out of memory/m);
  });
});
