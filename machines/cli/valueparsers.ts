/**
 * Flag value types from docker/cli's opts package and pflag whose Set() can fail on the client:
 * sizes (opts.MemBytes → go-units RAMInBytes), CPU counts (opts.NanoCPUs → ParseCPUs) and IP
 * addresses (pflag ip.go). Each returns an error cause or undefined.
 */
import { goQuote } from '../go/strconv';

const GO_FLOAT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** vendor/github.com/docker/go-units/size.go parseSize with the binary map (RAMInBytes). */
export function ramInBytesError(size: string): string | undefined {
  let sep = -1;
  for (let i = size.length - 1; i >= 0; i--) {
    if ('01234567890. '.includes(size[i] ?? '')) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return `invalid size: '${size}'`;
  const num = size[sep] === ' ' ? size.slice(0, sep) : size.slice(0, sep + 1);
  const suffix = size.slice(sep + 1).toLowerCase();
  if (!GO_FLOAT.test(num)) return `strconv.ParseFloat: parsing ${goQuote(num)}: invalid syntax`;
  if (Number(num) < 0) return `invalid size: '${size}'`;
  if (suffix === '' || suffix === 'b') return undefined;
  const ok = suffix.length <= 3 && 'kmgtp'.includes(suffix[0] ?? '') && ['', 'b', 'ib'].includes(suffix.slice(1));
  return ok ? undefined : `invalid suffix: '${suffix.length > 3 ? size.slice(sep + 1) : suffix}'`;
}

/** opts.MemSwapBytes accepts "-1" (unlimited) before falling back to RAMInBytes. */
export const memSwapError = (value: string): string | undefined =>
  value === '-1' ? undefined : ramInBytesError(value);

/** opts.ParseCPUs: a big.Rat, at most nine decimals. */
export function cpusError(value: string): string | undefined {
  const decimal = /^[+-]?(?:([0-9]+)\.?([0-9]*)|\.([0-9]+))(?:[eE]([+-]?[0-9]+))?$/.exec(value);
  const fraction = /^[+-]?[0-9]+\/[0-9]+$/.test(value);
  if (decimal === null && !fraction) return `failed to parse ${value} as a rational number`;
  if (decimal !== null) {
    const digits = (decimal[2] ?? decimal[3] ?? '').replace(/0+$/, '').length;
    const exp = Number(decimal[4] ?? '0');
    if (digits - exp > 9) return 'value is too precise';
  }
  return undefined;
}

const IPV4 =
  /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;

function isIPv6(s: string): boolean {
  if (!s.includes(':') || (s.match(/::/g) ?? []).length > 1) return false;
  let groups = s.split(':');
  const last = groups[groups.length - 1] ?? '';
  let width = 8;
  if (last.includes('.')) {
    if (!IPV4.test(last)) return false;
    groups = groups.slice(0, -1);
    width = 6;
  }
  const compressed = s.includes('::');
  const filled = groups.filter((g) => g !== '');
  if (!filled.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return compressed ? filled.length < width : filled.length === width && groups.length === width;
}

/** pflag ip.go ipValue.Set (net.ParseIP after TrimSpace; "" is allowed). */
export function ipError(value: string): string | undefined {
  const s = value.trim();
  if (value === '' || IPV4.test(s) || isIPv6(s)) return undefined;
  return `failed to parse IP: ${goQuote(value)}`;
}
