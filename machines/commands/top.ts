/**
 * `docker top` (docker/cli container/top.go runTop; moby daemon/top_unix.go ContainerTop): the
 * daemon runs `ps -ef` (or the given ps options) over the container's processes and logs `top`;
 * the CLI prints the table through a tabwriter (min width 20, padding 3).
 */
import type { Driver, Operation } from '../engine/driver';
import { statusOf } from '../engine/driver';
import { TabWriter } from '../go/tabwriter';
import { daemonError, type Output } from './output';

interface Proc {
  pid: number;
  ppid: number;
  start: number;
  tty: boolean;
  command: string;
}

const hhmm = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

/** How ps names the main process: nginx shows its master and one worker, as the real image does. */
function mainProcesses(label: string, pid: number, start: number, tty: boolean): Proc[] {
  const shim = pid - 21;
  if (/(^|\/)nginx( |$)/.test(label)) {
    return [
      { pid, ppid: shim, start, tty, command: `nginx: master process ${label.replace(/^.*?nginx/, 'nginx')}` },
      { pid: pid + 30, ppid: pid, start, tty, command: 'nginx: worker process' },
    ];
  }
  return [{ pid, ppid: shim, start, tty, command: label }];
}

/** daemon/top_unix.go validatePSArgs: only `pid=` may be given a value. */
function psArgsError(args: readonly string[]): string | null {
  for (const m of args.join(' ').matchAll(/\s*([^=,\s]+)=([^,\s]+)/g)) {
    if (m[1] !== 'pid') return `specifying "${m[1]}=${m[2]}" is not allowed`;
  }
  return null;
}

export function* top(driver: Driver, out: Output, arg: string, psArgs: readonly string[]): Operation {
  const found = driver.find(arg.trim());
  const bad = psArgsError(psArgs);
  if (bad) {
    out.err(`Error response from daemon: ${bad}`);
    return out.result(1);
  }
  if (!found.ok) {
    const error = daemonError(found.error, { arg });
    out.touch({ arg, outcome: 'missing', error, reason: found.error });
    out.err(error);
    return out.result(1);
  }
  const { id, name, ref } = found.entry;
  const status = statusOf(found.entry);
  if (status === 'restarting') {
    const error = daemonError('restartingCannotPause', { arg, id, name });
    out.touch({ arg, id, name, outcome: 'refused', error, reason: 'restartingCannotPause' });
    out.err(error);
    return out.result(1);
  }
  if (status !== 'running' && status !== 'paused') {
    const error = daemonError('notRunning', { arg, id, name });
    out.touch({ arg, id, name, outcome: 'refused', error, reason: 'notRunning' });
    out.err(error);
    return out.result(1);
  }
  const ctx = ref.getSnapshot().context;
  const tty = ctx.config.tty;
  const procs = mainProcesses(ctx.process.label, ctx.pid, ctx.startedAt ?? driver.now, tty);
  ctx.execs.forEach((x, i) =>
    procs.push({
      pid: ctx.pid + 100 + i,
      ppid: ctx.pid - 21,
      start: x.start,
      tty: x.tty,
      command: x.command.trimEnd(),
    }),
  );
  const aux = psArgs.join(' ').replace(/^-/, '') === 'aux';
  const rows = aux
    ? [
        ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
        ...procs.map((p) => [
          'root',
          String(p.pid),
          '0.0',
          '0.0',
          '1620',
          '896',
          p.tty ? 'pts/0' : '?',
          status === 'paused' ? 'Ds' : 'Ss',
          hhmm(p.start),
          '0:00',
          p.command,
        ]),
      ]
    : [
        ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
        ...procs.map((p) => [
          'root',
          String(p.pid),
          String(p.ppid),
          '0',
          hhmm(p.start),
          p.tty ? 'pts/0' : '?',
          '00:00:00',
          p.command,
        ]),
      ];
  driver.logEvent(id, 'top');
  out.touch({ arg, id, name, outcome: 'done' });
  const tw = new TabWriter(20, 1, 3, ' ', 0);
  for (const r of rows) tw.write(`${r.join('\t')}\n`);
  out.write(tw.flush());
  return out.result(0);
}
