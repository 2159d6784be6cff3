/**
 * Linux signals as the daemon parses them (moby/sys/signal ParseSignal, SignalMap for linux).
 * A name may carry the `SIG` prefix or not, in any case; a number is taken as is.
 */

const BASE: ReadonlyArray<readonly [string, number]> = [
  ['ABRT', 6],
  ['ALRM', 14],
  ['BUS', 7],
  ['CHLD', 17],
  ['CLD', 17],
  ['CONT', 18],
  ['FPE', 8],
  ['HUP', 1],
  ['ILL', 4],
  ['INT', 2],
  ['IO', 29],
  ['IOT', 6],
  ['KILL', 9],
  ['PIPE', 13],
  ['POLL', 29],
  ['PROF', 27],
  ['PWR', 30],
  ['QUIT', 3],
  ['SEGV', 11],
  ['STKFLT', 16],
  ['STOP', 19],
  ['SYS', 31],
  ['TERM', 15],
  ['TRAP', 5],
  ['TSTP', 20],
  ['TTIN', 21],
  ['TTOU', 22],
  ['URG', 23],
  ['USR1', 10],
  ['USR2', 12],
  ['VTALRM', 26],
  ['WINCH', 28],
  ['XCPU', 24],
  ['XFSZ', 25],
];

const RTMIN = 34;
const RTMAX = 64;

function buildSignalMap(): Map<string, number> {
  const map = new Map<string, number>(BASE);
  map.set('RTMIN', RTMIN);
  for (let i = 1; i <= 15; i++) map.set(`RTMIN+${i}`, RTMIN + i);
  for (let i = 14; i >= 1; i--) map.set(`RTMAX-${i}`, RTMAX - i);
  map.set('RTMAX', RTMAX);
  return map;
}

/** Name (without SIG) → number, exactly the daemon's table. */
export const SIGNAL_MAP: ReadonlyMap<string, number> = buildSignalMap();

const PLATFORM_SIGNALS = new Set(SIGNAL_MAP.values());

export const SIGHUP = 1;
export const SIGINT = 2;
export const SIGQUIT = 3;
export const SIGKILL = 9;
export const SIGTERM = 15;
export const SIGWINCH = 28;

/** Signals whose default action is to do nothing; even a process without handlers survives them. */
export const DEFAULT_IGNORED: ReadonlySet<number> = new Set([17, 18, 23, 28]);
/** SIGSTOP and friends stop a process; the container stays `running` (Docker does not model it). */
export const STOPPING_SIGNALS: ReadonlySet<number> = new Set([19, 20, 21, 22]);

export type ParsedSignal = { ok: true; signal: number } | { ok: false; error: string };

/**
 * moby/sys/signal ParseSignal plus the daemon's platform check (daemon/kill.go ContainerKill):
 * `0` and unknown names are `invalid signal: X`; numbers outside linux's table are
 * `the linux daemon does not support signal N`.
 */
export function parseSignal(raw: string, checkPlatform = false): ParsedSignal {
  if (/^[+-]?\d+$/.test(raw)) {
    const n = Number.parseInt(raw, 10);
    if (n === 0) return { ok: false, error: `invalid signal: ${raw}` };
    if (checkPlatform && !PLATFORM_SIGNALS.has(n)) {
      return { ok: false, error: `the linux daemon does not support signal ${n}` };
    }
    return { ok: true, signal: n };
  }
  const key = raw.toUpperCase().replace(/^SIG/, '');
  const n = SIGNAL_MAP.get(key);
  if (n === undefined) return { ok: false, error: `invalid signal: ${raw}` };
  return { ok: true, signal: n };
}

/** The conventional name of a signal number, e.g. 15 → `SIGTERM` (for explanations). */
export function signalName(n: number): string {
  for (const [name, value] of BASE) {
    if (value === n && name !== 'CLD' && name !== 'IOT' && name !== 'POLL') return `SIG${name}`;
  }
  if (n === RTMIN) return 'SIGRTMIN';
  if (n === RTMAX) return 'SIGRTMAX';
  if (n > RTMIN && n < RTMAX) return n - RTMIN <= 15 ? `SIGRTMIN+${n - RTMIN}` : `SIGRTMAX-${RTMAX - n}`;
  return `signal ${n}`;
}
