/**
 * A faithful model of spf13/pflag v1.0.10 parsing (vendor/github.com/spf13/pflag/flag.go
 * `parseArgs`, `parseLongArg`, `parseSingleShortArg`, `Set`; errors.go for the texts).
 *
 * Values live in a {@link FlagStore} keyed by the FlagSpec object, because cobra shares flag
 * objects between commands: the root's persistent `--help` is one flag everywhere, which is why
 * `docker --help ps` shows the help of `ps`.
 */
import type { FlagSpec, FlagValidator } from './flagspec';
import { cpusError, ipError, memSwapError, ramInBytesError } from './valueparsers';
import { goParseDuration } from '../go/duration';
import { firstByteRune, goParseBool, goParseInt, goParseUint, goQuote, goQuoteRune } from '../go/strconv';

export type FlagValue = boolean | number | string | string[];

export class FlagStore {
  private readonly values = new Map<FlagSpec, FlagValue>();
  private readonly changedOrder: FlagSpec[] = [];

  get(spec: FlagSpec): FlagValue {
    return this.values.get(spec) ?? defaultValue(spec);
  }

  isChanged(spec: FlagSpec): boolean {
    return this.changedOrder.includes(spec);
  }

  /** Long names of the flags that were set, in the order they were first set. */
  changed(): string[] {
    return this.changedOrder.map((f) => f.name);
  }

  /** pflag `FlagSet.Set`: returns the error cause, or undefined. */
  set(spec: FlagSpec, raw: string): string | undefined {
    const result = convert(spec, raw, this.isChanged(spec) ? this.get(spec) : undefined);
    if (typeof result === 'object' && !Array.isArray(result)) return result.error;
    this.values.set(spec, result);
    if (!this.isChanged(spec)) this.changedOrder.push(spec);
    return undefined;
  }
}

export function defaultValue(spec: FlagSpec): FlagValue {
  if (spec.default !== undefined) return spec.default;
  switch (spec.type) {
    case 'bool':
      return false;
    case 'int':
    case 'uint':
    case 'uint16':
    case 'duration':
      return 0;
    case 'string':
    case 'bytes':
    case 'decimal':
    case 'ip':
      return '';
    default:
      return [];
  }
}

type Converted = FlagValue | { error: string };

const orError = (value: string, error: string | undefined): Converted => (error === undefined ? value : { error });

function validateListValue(kind: FlagValidator | undefined, value: string, previous: FlagValue | undefined): Converted {
  switch (kind) {
    case 'attach': {
      // cli/command/container/opts.go validateAttach
      const s = value.toLowerCase();
      return ['stdin', 'stdout', 'stderr'].includes(s) ? s : { error: 'valid streams are STDIN, STDOUT and STDERR' };
    }
    case 'env':
      // opts/env.go ValidateEnv (the client's own environment is empty in the simulator)
      return value.split('=')[0] === '' ? { error: `invalid environment variable: ${value}` } : value;
    case 'label': {
      // opts/opts.go ValidateLabel
      const key = (value.split('=')[0] ?? '').replace(/^[ \t]+/, '');
      if (key === '') return { error: `invalid label '${value}': empty name` };
      if (/[ \t]/.test(key)) return { error: `label '${key}' contains whitespaces` };
      return value;
    }
    case 'filter': {
      // opts/opts.go FilterOpt.Set: name lower-cased and trimmed, value trimmed
      if (!value.includes('=')) return { error: 'bad format of filter (expected name=value)' };
      const eq = value.indexOf('=');
      return `${value.slice(0, eq).trim().toLowerCase()}=${value.slice(eq + 1).trim()}`;
    }
    case 'host':
      // cli/flags/options.go hostVar.Set
      return previous !== undefined ? { error: 'specify only one -H' } : value;
    default:
      return value;
  }
}

function convert(spec: FlagSpec, raw: string, previous: FlagValue | undefined): Converted {
  const unwrap = <T extends FlagValue>(r: { ok: true; value: T } | { ok: false; error: string }): Converted =>
    r.ok ? r.value : { error: r.error };
  switch (spec.type) {
    case 'bool':
      return unwrap(goParseBool(raw));
    case 'int':
      return unwrap(goParseInt(raw, 0, 64));
    case 'uint':
      return unwrap(goParseUint(raw, 64));
    case 'uint16':
      return unwrap(goParseUint(raw, 16));
    case 'duration':
      return unwrap(goParseDuration(raw));
    case 'bytes':
      return orError(raw, spec.validate === 'swap' ? memSwapError(raw) : ramInBytesError(raw));
    case 'decimal':
      return orError(raw, cpusError(raw));
    case 'ip':
      return orError(raw, ipError(raw));
    case 'string':
      return validateListValue(spec.validate, raw, previous);
    default: {
      if (spec.validate === 'filter' && raw === '') return previous ?? [];
      const v = validateListValue(spec.validate, raw, previous);
      if (typeof v !== 'string') return v;
      return [...(Array.isArray(previous) ? previous : []), v];
    }
  }
}

export type FlagParseResult =
  { ok: true; positionals: string[]; notices: string } | { ok: false; error: string; notices: string };

/** pflag InvalidValueError's flag name: `-t, --timeout`, or `--name` without a usable shorthand. */
export function flagDisplayName(spec: FlagSpec): string {
  return spec.short !== undefined && spec.shorthandDeprecated === undefined
    ? `-${spec.short}, --${spec.name}`
    : `--${spec.name}`;
}

/** Whether the flag takes no separate argument (pflag NoOptDefVal is set only for bools here). */
export const takesNoValue = (spec: FlagSpec): boolean => spec.type === 'bool';

/** pflag `FlagSet.Parse` with ContinueOnError over the given flags. */
interface FlagLookup {
  byName: ReadonlyMap<string, FlagSpec>;
  byShort: ReadonlyMap<string | undefined, FlagSpec>;
}

/** The flag tables are constant: each flag list is indexed once. */
const lookups = new WeakMap<readonly FlagSpec[], FlagLookup>();

function lookupOf(flags: readonly FlagSpec[]): FlagLookup {
  let lookup = lookups.get(flags);
  if (!lookup) {
    lookup = {
      byName: new Map(flags.map((f) => [f.name, f])),
      byShort: new Map(flags.filter((f) => f.short !== undefined).map((f) => [f.short, f])),
    };
    lookups.set(flags, lookup);
  }
  return lookup;
}

export function parseFlags(
  flags: readonly FlagSpec[],
  store: FlagStore,
  input: readonly string[],
  interspersed: boolean,
): FlagParseResult {
  const { byName, byShort } = lookupOf(flags);
  const positionals: string[] = [];
  let notices = '';
  const fail = (error: string): FlagParseResult => ({ ok: false, error, notices });

  const set = (spec: FlagSpec, value: string): string | undefined => {
    const cause = store.set(spec, value);
    if (cause !== undefined)
      return `invalid argument ${goQuote(value)} for ${goQuote(flagDisplayName(spec))} flag: ${cause}`;
    if (spec.deprecated !== undefined) notices += `Flag --${spec.name} has been deprecated, ${spec.deprecated}\n`;
    return undefined;
  };

  const args = [...input];
  while (args.length > 0) {
    const s = args.shift() ?? '';
    if (s.length < 2 || s[0] !== '-') {
      positionals.push(s);
      if (!interspersed) {
        positionals.push(...args);
        break;
      }
      continue;
    }
    if (s === '--') {
      positionals.push(...args);
      break;
    }
    if (s[1] === '-') {
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return fail(`bad flag syntax: ${s}`);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const spec = byName.get(name);
      if (spec === undefined) return fail(`unknown flag: --${name}`);
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (takesNoValue(spec)) value = 'true';
      else if (args.length > 0) value = args.shift() ?? '';
      else return fail(`flag needs an argument: --${name}`);
      const err = set(spec, value);
      if (err !== undefined) return fail(err);
      continue;
    }
    // One or more shorthands: -d, -dit, -t10, -t=10, -t 10.
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0] ?? '';
      const spec = byShort.get(c);
      if (spec === undefined) {
        return fail(`unknown shorthand flag: ${goQuoteRune(firstByteRune(shorts))} in -${shorts}`);
      }
      let value: string;
      let rest = shorts.slice(1);
      if (shorts.length > 2 && shorts[1] === '=') [value, rest] = [shorts.slice(2), ''];
      else if (takesNoValue(spec)) value = 'true';
      else if (shorts.length > 1) [value, rest] = [shorts.slice(1), ''];
      else if (args.length > 0) value = args.shift() ?? '';
      else return fail(`flag needs an argument: ${goQuoteRune(c)} in -${shorts}`);
      if (spec.shorthandDeprecated !== undefined) {
        notices += `Flag shorthand -${c} has been deprecated, ${spec.shorthandDeprecated}\n`;
      }
      const err = set(spec, value);
      if (err !== undefined) return fail(err);
      shorts = rest;
    }
  }
  return { ok: true, positionals, notices };
}
