/**
 * The shape of the command table: flags and commands as plain data, read by the parser, the help
 * generator and (later) tab completion and the page's buttons.
 */

/**
 * The type name pflag shows in help (`Value.Type()` after `UnquoteUsage`: int64 shows as `int`,
 * uint64 as `uint`). It also decides how a value is parsed:
 * - `bool`: strconv.ParseBool, takes no argument unless written `--flag=value`;
 * - `int`, `uint`, `uint16`: strconv.ParseInt / ParseUint with base 0;
 * - `duration`: time.ParseDuration;
 * - `list`, `filter`, `map`, `ulimit`, `mount`, `network`, `gpu-request`: repeatable, values collected;
 * - `string`, `bytes`, `decimal`, `ip`: one value, the last one wins.
 */
export type FlagType =
  | 'bool'
  | 'string'
  | 'int'
  | 'uint'
  | 'uint16'
  | 'duration'
  | 'list'
  | 'filter'
  | 'map'
  | 'ulimit'
  | 'mount'
  | 'network'
  | 'gpu-request'
  | 'bytes'
  | 'decimal'
  | 'ip';

/** Validators that docker/cli attaches to some list flags (opts.ListOpts validator functions). */
export type FlagValidator = 'attach' | 'env' | 'label' | 'filter' | 'host' | 'swap';

export interface FlagSpec {
  /** Long name without dashes. */
  readonly name: string;
  /** One-letter shorthand. */
  readonly short?: string;
  readonly type: FlagType;
  /** Help text exactly as docker/cli registers it (may contain newlines). */
  readonly usage: string;
  /** Go default when it is not the zero value: `true`, `-1`, `"no"`… */
  readonly default?: boolean | number | string;
  /**
   * Overrides what help shows as `(default …)` for value types whose String() of the empty value is
   * not pflag's idea of zero (`[]` for ulimit/throttle lists, `map[]` for maps).
   */
  readonly defaultText?: string;
  readonly hidden?: boolean;
  /** pflag MarkDeprecated message: the flag is hidden and using it prints a notice. */
  readonly deprecated?: string;
  /** pflag MarkShorthandDeprecated message. */
  readonly shorthandDeprecated?: string;
  readonly validate?: FlagValidator;
  /** docker/cli annotation "ostype": only usable against a daemon of that OS (hidden on Linux). */
  readonly ostype?: string;
  /** docker/cli annotation "experimental": needs an experimental daemon (hidden otherwise). */
  readonly experimental?: boolean;
}

/** Positional-argument rule, as cli/required.go. */
export type ArgRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'any' };

import type { Verb } from '../vocabulary';

export type { Verb };

/** A node of the cobra command tree. */
export interface CommandSpec {
  /** cobra `Use`: the first word is the command's name. */
  readonly use: string;
  readonly short: string;
  /** The simulated verb this node runs; absent for `docker`, `docker container`, `docker help`… */
  readonly verb?: Verb;
  /** cobra `Aliases` (names that also find this node). */
  readonly aliases?: readonly string[];
  /** docker/cli "aliases" annotation, printed verbatim under `Aliases:` in help. */
  readonly aliasesText?: string;
  readonly args: ArgRule;
  /** false for create/run: flags stop at the first positional (flags.SetInterspersed(false)). */
  readonly interspersed: boolean;
  /** Local flags; every command also gets the root's persistent `--help` unless it defines one. */
  readonly flags: readonly FlagSpec[];
  /** "category-top" annotation: listed under "Common Commands" in `docker --help`. */
  readonly categoryTop?: number;
  readonly subcommands?: readonly CommandSpec[];
  /**
   * A real docker command the simulator does not model: what it manages, for the message that
   * says so (unmodelled.ts). Help and completion leave it out.
   */
  readonly unmodelled?: string;
}
