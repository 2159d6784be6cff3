/**
 * --since / --until values, exactly as the docker client reads them
 * (moby client/internal/timestamp/timestamp.go GetTimestamp, vendored in docker/cli):
 * 1. a Go duration ("10m", "1h30m", "-5s"; but not "0") means reference time minus it, whole
 *    seconds: `reference.Add(-d).Unix()`;
 * 2. RFC 3339-like times: with a `.` the Nano layouts, with a `T` the layout picked by the number
 *    of colons (T15, T15:04, T15:04:05), else a date (2006-01-02). Values without Z, z, + and
 *    without three dashes are read in the client's local zone (UTC here);
 * 3. otherwise a Unix timestamp "seconds[.fraction]", passed through unchanged.
 * A time-like value (one with a "-") that fails to parse reports time.Parse's error; anything else
 * `failed to parse value as time or duration: "x"`. The CLI prints the error and exits 1.
 */
import { parseGoDuration } from '../go/duration';
import { goQuote } from '../go/strconv';
import { goTimeParse } from '../go/timeparse';

export type TimeArg = { ok: true; ms: number; wire: string } | { ok: false; error: string };

/** parseTimestamp: "sec[.frac]" with ParseInt rules (a sign is allowed, nothing else). */
function parseUnix(value: string): { sec: number; nsec: number } | undefined {
  const dot = value.indexOf('.');
  const s = dot >= 0 ? value.slice(0, dot) : value;
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const sec = Number(s);
  if (dot < 0) return { sec, nsec: 0 };
  const n = value.slice(dot + 1);
  if (!/^[+-]?\d+$/.test(n)) return undefined;
  // "should already be in nanoseconds but just in case convert n to nanoseconds"
  const nsec = Math.trunc(Number(n) * 10 ** (9 - n.length));
  return { sec, nsec };
}

function fromSecNsec(sec: number, nsec: number): number {
  return sec * 1000 + Math.floor(nsec / 1e6);
}

/**
 * Reads a --since/--until value. `ms` is the instant it names (epoch ms); `wire` is what the client
 * sends to the daemon (used in the daemon's "`since` time (…) cannot be after `until` time (…)").
 */
export function parseTimeArg(value: string, now: number): TimeArg {
  const d = parseGoDuration(value);
  if (d !== undefined && value !== '0') {
    const sec = Math.floor((now - d / 1e6) / 1000);
    return { ok: true, ms: sec * 1000, wire: String(sec) };
  }
  const inLocal = !/[zZ+]/.test(value) && (value.match(/-/g)?.length ?? 0) !== 3;
  let layout: string;
  if (value.includes('.')) {
    layout = inLocal ? '2006-01-02T15:04:05.999999999' : '2006-01-02T15:04:05.999999999Z07:00';
  } else if (value.includes('T')) {
    let colons = value.match(/:/g)?.length ?? 0;
    if (!inLocal && !/[zZ]/.test(value) && colons > 0) colons--; // the zone offset's colon
    const base = ['2006-01-02T15', '2006-01-02T15:04', '2006-01-02T15:04:05'][Math.min(colons, 2)] as string;
    layout = inLocal ? base : base + 'Z07:00';
  } else {
    layout = inLocal ? '2006-01-02' : '2006-01-02Z07:00';
  }
  const t = goTimeParse(layout, value);
  if (!t.ok) {
    if (value.includes('-')) return { ok: false, error: t.error };
    const u = parseUnix(value);
    if (u === undefined)
      return {
        ok: false,
        error: `failed to parse value as time or duration: ${goQuote(value)}`,
      };
    return { ok: true, ms: fromSecNsec(u.sec, u.nsec), wire: value };
  }
  return {
    ok: true,
    ms: fromSecNsec(t.sec, t.nsec),
    wire: `${t.sec}.${String(t.nsec).padStart(9, '0')}`,
  };
}

/** The daemon's refusal when --since is after --until (moby daemon/server/router/system getEvents). */
export function sinceAfterUntilError(since: string, until: string): string {
  return `Error response from daemon: \`since\` time (${since}) cannot be after \`until\` time (${until})`;
}
