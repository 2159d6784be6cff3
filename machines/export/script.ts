/**
 * A run of the simulator as a POSIX shell script that does the same on a real engine: the docker
 * command lines in order, `sleep` for the waits between them (from the virtual clock), and comments
 * for what a script cannot cause (injected faults). Pure: the text is a function of the run alone.
 */

/** One thing that happened in a run, at a virtual time in milliseconds since the run began. */
export type RunEntry =
  | {
      kind: 'command';
      /** The command line as typed (docker …). */
      line: string;
      /** When it was given. */
      at: number;
      /**
       * How long it took in virtual time until the CLI returned (a stop's grace period, a
       * foreground run). Optional: without it the next wait is counted from `at`.
       */
      took?: number;
    }
  | {
      kind: 'fault';
      /** What happened, in words (`web: the process exits with code 3`). */
      text: string;
      at: number;
    };

export interface ExportOptions {
  /** A title for the header (the run's name); one line. */
  title?: string;
}

/** Seconds for `sleep`, to the millisecond, without trailing zeros: 2500 → `2.5`. */
export function sleepSeconds(ms: number): string {
  const s = (Math.round(ms) / 1000).toFixed(3);
  return s.replace(/\.?0+$/, '');
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

/** The first word of a command line, and whether it is a docker command. */
function isDocker(line: string): boolean {
  return /^\s*docker(\s|$)/.test(line);
}

/** Lines a script cannot run unattended, and why. */
function unattended(line: string): string | null {
  if (/^\s*docker\s+(system\s+)?events\b/.test(line) && !/--until\b/.test(line))
    return 'docker events waits until it is interrupted';
  if (/^\s*docker\s+(container\s+)?(run|create|exec|start)\b/.test(line) && /\s-(\w*t\w*)\b|\s--tty\b/.test(line))
    return 'needs a terminal (-t)';
  // docker/cli container/prune.go asks first unless forced; the answer given is not in the run.
  if (/^\s*docker\s+container\s+prune\b/.test(line) && !/\s(-f|--force)(\s|=|$)/.test(line))
    return 'asks to confirm without -f';
  return null;
}

/** The container names a run gives with --name. */
export function namesIn(run: readonly RunEntry[]): string[] {
  const names = new Set<string>();
  for (const e of run) {
    if (e.kind !== 'command') continue;
    for (const m of e.line.matchAll(/--name(?:=|\s+)(['"]?)([A-Za-z0-9][A-Za-z0-9_.-]*)\1/g)) names.add(m[2] as string);
  }
  return [...names];
}

export function exportRun(run: readonly RunEntry[], options: ExportOptions = {}): string {
  const commands = run.filter((e) => e.kind === 'command');
  const faults = run.filter((e) => e.kind === 'fault');
  const names = namesIn(run);
  const out: string[] = [
    '#!/bin/sh',
    `# ${options.title ? oneLine(options.title) : 'A run of the Docker container lifecycle simulator'}, as a shell script.`,
    `# It gives the same ${commands.length} docker command${commands.length === 1 ? '' : 's'} in the same order, and sleeps`,
    '# between them as long as the simulated time between them (a real engine is a little slower:',
    '# starting a container takes it a few tenths of a second).',
  ];
  if (faults.length)
    out.push(
      `# ${faults.length} fault${faults.length === 1 ? ' was' : 's were'} injected in the simulator; a script cannot cause ${faults.length === 1 ? 'it' : 'them'},`,
      '# so each is a comment at the moment it happened.',
    );
  out.push(
    '# Run it with `sh` against a Docker engine you are free to change: it creates, stops and removes',
    `# containers${names.length ? ` (${names.join(', ')})` : ''}. No \`set -e\`: a refused command is part of the run.`,
    'set -u',
    '',
  );
  let clock = 0;
  for (const e of run) {
    const at = Math.max(0, e.at);
    if (at - clock >= 1) out.push(`sleep ${sleepSeconds(at - clock)}`);
    clock = Math.max(clock, at);
    if (e.kind === 'fault') {
      out.push(`# fault at ${sleepSeconds(at)} s, not reproducible by a script: ${oneLine(e.text)}`);
      continue;
    }
    const line = e.line.trim();
    if (!isDocker(line)) {
      out.push(`# not a docker command, left out: ${oneLine(line)}`);
    } else {
      const why = unattended(line);
      if (why) out.push(`# left out (${why}): ${oneLine(line)}`);
      else out.push(line);
    }
    clock = Math.max(clock, at + Math.max(0, e.took ?? 0));
  }
  return `${out.join('\n')}\n`;
}
