/**
 * What a simulated process does over time, as plain data: the lines it writes and the pauses
 * between them, an endless loop when it has one, and what it does on each signal. A container's
 * context holds it, so it must stay serialisable; time-dependent text (a date, the hostname) is a
 * placeholder that is filled in when the line is shown (timeline.ts).
 */

export type Stream = 'stdout' | 'stderr';

/** One write of the process, ending in a newline (or not, for `echo -n`). */
export interface Line {
  stream: Stream;
  /** May hold placeholders: {@link stamp} and {@link HOSTNAME}. */
  text: string;
}

/** What the process does next. */
export type Step =
  | { kind: 'print'; line: Line }
  /**
   * It waits: `ms` of time, or forever (null). `interruptible`: the shell waits with the `wait`
   * builtin, which a trapped signal interrupts at once; a foreground `sleep` is not interrupted,
   * so the trap runs only when it ends.
   */
  | { kind: 'sleep'; ms: number | null; interruptible: boolean }
  /** It reads its standard input until the end (Ctrl+D): a `cat` or a shell. */
  | { kind: 'stdin' };

/** A shell's `trap` for a signal: ignore it, or run these lines and maybe exit. */
export type TrapAction = { kind: 'ignore' } | { kind: 'run'; lines: Line[]; exit: number | null };

/** The time-stamp styles servers and `date` write (timeline.ts renders them). */
export type StampStyle = 'date' | 'nginx' | 'redis' | 'postgres' | 'httpd' | 'epoch';

const MARK = '\u0001';

/** A placeholder for the time the line is written at, in one of the stamp styles. */
export function stamp(style: StampStyle): string {
  return `${MARK}time:${style}${MARK}`;
}

/** A placeholder for the container's hostname (its short ID). */
export const HOSTNAME = `${MARK}hostname${MARK}`;

const PLACEHOLDER = new RegExp(`${MARK}(hostname|time:(\\w+))${MARK}`, 'g');

/** Fills in the placeholders of a line written at `at` (epoch ms) in the container `hostname`. */
export function renderText(text: string, at: number, hostname: string): string {
  if (!text.includes(MARK)) return text;
  return text.replace(PLACEHOLDER, (_, what: string, style?: string) =>
    what === 'hostname' ? hostname : formatStamp(style as StampStyle, at),
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The clock as each program prints it (all in UTC, the containers' zone). */
export function formatStamp(style: StampStyle, at: number): string {
  const d = new Date(at);
  const [y, mo, day, h, mi, s, ms] = [
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  ];
  const hms = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  switch (style) {
    case 'date':
      // busybox and coreutils `date`: `Thu Jan  1 00:00:05 UTC 2026`
      return `${DAYS[d.getUTCDay()]} ${MONTHS[mo]} ${String(day).padStart(2, ' ')} ${hms} UTC ${y}`;
    case 'nginx':
      return `${y}/${pad(mo + 1)}/${pad(day)} ${hms}`;
    case 'redis':
      return `${pad(day)} ${MONTHS[mo]} ${y} ${hms}.${pad(ms, 3)}`;
    case 'postgres':
      return `${y}-${pad(mo + 1)}-${pad(day)} ${hms}.${pad(ms, 3)} UTC`;
    case 'httpd':
      return `${DAYS[d.getUTCDay()]} ${MONTHS[mo]} ${pad(day)} ${hms}.${pad(ms, 3)}000 ${y}`;
    case 'epoch':
      return String(Math.floor(at / 1000));
  }
}
