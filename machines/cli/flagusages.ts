/**
 * pflag's `FlagUsagesWrapped` (vendor/github.com/spf13/pflag/flag.go), byte for byte: the aligned
 * "Options:" block of docker help. docker/cli calls it with the terminal width minus one, 79 when
 * there is no terminal (cli/cobra.go `wrappedFlagUsages`, defaultTermWidth = 80).
 */
import type { FlagSpec } from './flagspec';
import { goQuote } from '../go/strconv';

/** pflag `wrapN`: split s at the last blank before column i (allowing `slop` overflow). */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nlPos = head.lastIndexOf('\n');
  if (nlPos > 0 && nlPos < w) return [s.slice(0, nlPos), s.slice(nlPos + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag `wrap`: wrap s to width w with every line after the first indented by i. */
export function pflagWrap(indent: number, width: number, text: string): string {
  let i = indent;
  let s = text;
  if (width === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
  let wrap = width - i;
  let r = '';
  if (wrap < 24) {
    i = 16;
    wrap = width - i;
    r += '\n' + ' '.repeat(i);
  }
  if (wrap < 24) return s.replaceAll('\n', r);
  const slop = 5;
  wrap -= slop;
  const [first, rest] = wrapN(wrap, slop, s);
  s = rest;
  r += first.replaceAll('\n', '\n' + ' '.repeat(i));
  while (s !== '') {
    let t: string;
    [t, s] = wrapN(wrap, slop, s);
    r += '\n' + ' '.repeat(i) + t.replaceAll('\n', '\n' + ' '.repeat(i));
  }
  return r;
}

/** The `(default …)` suffix pflag adds when the default is not the type's zero value. */
function defaultSuffix(flag: FlagSpec): string {
  if (flag.defaultText !== undefined) return ` (default ${flag.defaultText})`;
  const d = flag.default;
  if (d === undefined || d === false || d === 0 || d === '') return '';
  return typeof d === 'string' && flag.type === 'string' ? ` (default ${goQuote(d)})` : ` (default ${String(d)})`;
}

/** The lines of a flag set's usage, sorted by name, hidden flags left out; each ends in "\n". */
export function flagUsagesWrapped(flags: readonly FlagSpec[], cols: number): string {
  const visible = [...flags].filter((f) => f.hidden !== true && f.deprecated === undefined);
  visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rows = visible.map((flag) => {
    let prefix =
      flag.short !== undefined && flag.shorthandDeprecated === undefined
        ? `  -${flag.short}, --${flag.name}`
        : `      --${flag.name}`;
    if (flag.type !== 'bool') prefix += ` ${flag.type}`;
    let usage = flag.usage + defaultSuffix(flag);
    if (flag.deprecated !== undefined) usage += ` (DEPRECATED: ${flag.deprecated})`;
    return { prefix, usage };
  });
  const maxlen = Math.max(0, ...rows.map((r) => r.prefix.length + 1));
  return rows
    .map((r) => `${r.prefix} ${' '.repeat(maxlen - r.prefix.length)} ${pflagWrap(maxlen + 2, cols, r.usage)}\n`)
    .join('');
}
