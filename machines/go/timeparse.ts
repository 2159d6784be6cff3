/**
 * The part of Go's time.Parse that docker's --since/--until layouts need
 * (moby client/internal/timestamp): the elements 2006 01 02 15 04 05 .999999999 Z07:00 and literal
 * separators, with Go's error texts:
 *   parsing time "2026-01" as "2006-01-02": cannot parse "" as "-"
 *   parsing time "2026-13-01": month out of range
 *   parsing time "2026-01-01x": extra text: "x"
 * Times are parsed in UTC (the simulator's local zone) unless the value carries an offset.
 */
import { utf8Bytes } from './strconv';

type Std = '2006' | '01' | '02' | '15' | '04' | '05' | '.999999999' | 'Z07:00';
const STDS: readonly Std[] = ['2006', 'Z07:00', '.999999999', '01', '02', '15', '04', '05'];

interface Chunk {
  prefix: string;
  std: Std | null;
}

function chunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let prefix = '';
  let i = 0;
  while (i < layout.length) {
    const std = STDS.find((s) => layout.startsWith(s, i));
    if (std !== undefined) {
      out.push({ prefix, std });
      prefix = '';
      i += std.length;
    } else {
      prefix += layout[i];
      i++;
    }
  }
  out.push({ prefix, std: null });
  return out;
}

/** time's quote(): double quotes, `"` and `\` escaped, non-ASCII as \x bytes. */
function quote(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of utf8Bytes(c)) out += '\\x' + b.toString(16).padStart(2, '0');
    } else {
      out += c === '"' || c === '\\' ? '\\' + c : c;
    }
  }
  return out + '"';
}

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** getnum: one or two digits (exactly two when fixed). */
function getnum(s: string, fixed: boolean): { n: number; rest: string } | null {
  if (!isDigit(s, 0)) return null;
  if (!isDigit(s, 1)) return fixed ? null : { n: Number(s[0]), rest: s.slice(1) };
  return { n: Number(s.slice(0, 2)), rest: s.slice(2) };
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** parseNanoseconds: value starts with '.', nbytes includes it. */
function parseNanos(value: string, nbytes: number): number {
  const digits = value.slice(1, Math.min(nbytes, 10));
  return Number(digits.padEnd(9, '0'));
}

export type GoTimeParse = { ok: true; sec: number; nsec: number } | { ok: false; error: string };

export function goTimeParse(layout: string, value: string): GoTimeParse {
  const fail = (layoutElem: string, valueElem: string, message = ''): GoTimeParse => ({
    ok: false,
    error:
      message === ''
        ? `parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(valueElem)} as ${quote(layoutElem)}`
        : `parsing time ${quote(value)}${message}`,
  });
  let v = value;
  let year = 0;
  let month = -1;
  let day = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let offset = 0;
  const parts = chunks(layout);
  for (let ci = 0; ci < parts.length; ci++) {
    const { prefix, std } = parts[ci] as Chunk;
    // skip(value, prefix): the literal must match; the error shows what is left at the mismatch.
    for (const ch of prefix) {
      if (v.length === 0 || v[0] !== ch) return fail(prefix, v);
      v = v.slice(1);
    }
    if (std === null) {
      if (v.length !== 0) return fail('', v, `: extra text: ${quote(v)}`);
      break;
    }
    const hold = v;
    let range = '';
    let bad = false;
    switch (std) {
      case '2006':
        if (v.length < 4 || !isDigit(v, 0) || !/^\d{4}$/.test(v.slice(0, 4))) bad = true;
        else [year, v] = [Number(v.slice(0, 4)), v.slice(4)];
        break;
      case '01': {
        const r = getnum(v, true);
        if (r === null) bad = true;
        else {
          [month, v] = [r.n, r.rest];
          if (month <= 0 || month > 12) range = 'month';
        }
        break;
      }
      case '02': {
        const r = getnum(v, true);
        if (r === null) bad = true;
        else [day, v] = [r.n, r.rest];
        break;
      }
      case '15': {
        const r = getnum(v, false);
        if (r === null) bad = true;
        else {
          [hour, v] = [r.n, r.rest];
          if (hour >= 24) range = 'hour';
        }
        break;
      }
      case '04': {
        const r = getnum(v, true);
        if (r === null) bad = true;
        else {
          [min, v] = [r.n, r.rest];
          if (min >= 60) range = 'minute';
        }
        break;
      }
      case '05': {
        const r = getnum(v, true);
        if (r === null) {
          bad = true;
          break;
        }
        [sec, v] = [r.n, r.rest];
        if (sec >= 60) {
          range = 'second';
          break;
        }
        // A fraction in the value but not in the layout is accepted anyway.
        if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigit(v, 1) && parts[ci + 1]?.std !== '.999999999') {
          let n = 2;
          while (isDigit(v, n)) n++;
          nsec = parseNanos(v, n);
          v = v.slice(n);
        }
        break;
      }
      case '.999999999': {
        if (v.length < 2 || (v[0] !== '.' && v[0] !== ',') || !isDigit(v, 1)) break; // omitted
        let i = 0;
        while (isDigit(v, i + 1)) i++;
        nsec = parseNanos(v, 1 + i);
        v = v.slice(1 + i);
        break;
      }
      case 'Z07:00': {
        if (v.length >= 1 && v[0] === 'Z') {
          v = v.slice(1);
          break;
        }
        if (v.length < 6 || v[3] !== ':') {
          bad = true;
          break;
        }
        const sign = v[0];
        const hh = getnum(v.slice(1, 3), true);
        const mm = getnum(v.slice(4, 6), true);
        if (hh === null || mm === null || (sign !== '+' && sign !== '-')) {
          bad = true;
          break;
        }
        if (hh.n > 24) range = 'time zone offset hour';
        if (mm.n > 60) range = 'time zone offset minute';
        offset = (hh.n * 60 + mm.n) * 60 * (sign === '-' ? -1 : 1);
        v = v.slice(6);
        break;
      }
    }
    if (range !== '') return fail(std, v, `: ${range} out of range`);
    if (bad) return fail(std, hold);
  }
  if (month < 0) month = 1;
  if (day < 0) day = 1;
  if (day < 1 || day > daysIn(month, year)) return fail('', v, ': day out of range');
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, min, sec, 0);
  return { ok: true, sec: Math.floor(d.getTime() / 1000) - offset, nsec };
}
