/**
 * Time formats Docker prints.
 * - Inspect `Created`, `State.StartedAt`, `State.FinishedAt`: Go time.RFC3339Nano
 *   ("2006-01-02T15:04:05.999999999Z07:00"), which drops trailing zeros of the fraction and the dot
 *   when the fraction is zero (moby daemon/inspect.go `ctr.Created.Format(time.RFC3339Nano)`).
 * - `docker events`: rfc3339NanoFixed ("2006-01-02T15:04:05.000000000Z07:00"), always 9 digits
 *   (docker/cli cli/command/system/events.go).
 * - `docker ps --format '{{.CreatedAt}}'`: Go time.Time.String() of `time.Unix(created, 0)`,
 *   "2006-01-02 15:04:05.999999999 -0700 MST" (docker/cli formatter/container.go CreatedAt).
 * The simulator's clock is UTC, so the zone is always `Z` / `+0000 UTC`.
 */

/** Go's zero time.Time, as inspect prints a StartedAt/FinishedAt that never happened. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';
/** Milliseconds since the epoch of 0001-01-01T00:00:00Z. */
export const ZERO_TIME_MS = -62135596800000;

function datePart(ms: number, sep: string): string {
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  return iso.slice(0, 10) + sep + iso.slice(11, 19);
}

function floorMs(ms: number): { whole: number; nanos: number } {
  const whole = Math.floor(ms / 1000) * 1000;
  const nanos = Math.round((ms - whole) * 1e6);
  return { whole, nanos };
}

function fraction9(nanos: number): string {
  return String(nanos).padStart(9, '0');
}

function trimmedFraction(nanos: number): string {
  if (nanos === 0) return '';
  return '.' + fraction9(nanos).replace(/0+$/, '');
}

/**
 * Go RFC3339Nano in UTC, e.g. `2026-01-01T00:00:00.123Z`, `2026-01-01T00:00:00Z`.
 * `extraNanos` (0–999999) adds sub-millisecond precision.
 */
export function formatRfc3339Nano(ms: number, extraNanos = 0): string {
  const { whole, nanos } = floorMs(ms);
  return datePart(whole, 'T') + trimmedFraction(nanos + extraNanos) + 'Z';
}

/** docker events' fixed form, e.g. `2026-01-01T00:00:00.000000000Z`. */
export function formatRfc3339NanoFixed(ms: number, extraNanos = 0): string {
  const { whole, nanos } = floorMs(ms);
  return datePart(whole, 'T') + '.' + fraction9(nanos + extraNanos) + 'Z';
}

/** Go time.Time.String() in UTC, e.g. `2026-01-01 00:00:00 +0000 UTC`. */
export function formatGoTimeString(ms: number, extraNanos = 0): string {
  const { whole, nanos } = floorMs(ms);
  return datePart(whole, ' ') + trimmedFraction(nanos + extraNanos) + ' +0000 UTC';
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an RFC 3339 timestamp (as inspect prints them) to epoch milliseconds; digits beyond the
 * millisecond are dropped. Returns undefined when the text is not RFC 3339.
 */
export function parseRfc3339(s: string): number | undefined {
  const m = RFC3339.exec(s);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, sec, frac = '', , sign, oh, om] = m;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(sec), Number(frac.padEnd(3, '0').slice(0, 3)));
  let ms = date.getTime();
  if (sign !== undefined) {
    const offset = (Number(oh) * 60 + Number(om)) * 60000;
    ms += sign === '+' ? -offset : offset;
  }
  return ms;
}

/** True when an inspect timestamp is Go's zero time (`time.Time.IsZero`). */
export function isZeroTime(s: string): boolean {
  return parseRfc3339(s) === ZERO_TIME_MS;
}
