/**
 * Help text generated from the command table with docker/cli's usage template (cli/cobra.go
 * `usageTemplate`, `helpTemplate`). The simulated daemon is a Linux, non-experimental engine, so
 * help hides Windows-only and experimental flags as `hideUnsupportedFeatures` does
 * (cmd/docker/docker.go).
 */
import { ADDITIONAL_HELP, COMMANDS, ROOT_COMMAND } from './commands';
import type { CommandSpec, FlagSpec, Verb } from './flagspec';
import { flagUsagesWrapped } from './flagusages';
import type { CommandChain } from './tree';
import { commandName, commandPath, effectiveFlags, findSubcommand, hasAvailableFlags, useLine } from './tree';

/** docker/cli wraps flag usages at the terminal width minus one; 80 columns without a terminal. */
export const DEFAULT_TERMINAL_WIDTH = 80;

/** cobra NamePadding: the longest sibling name, at least 11 (all docker command names fit). */
const NAME_PADDING = 11;

const rpad = (s: string, n: number): string => s.padEnd(n);

/** What the simulated (Linux, non-experimental) daemon lets help show. */
const shownFlag = (f: FlagSpec): boolean => f.experimental !== true && (f.ostype === undefined || f.ostype === 'linux');

const hasSubcommands = (cmd: CommandSpec): boolean => (cmd.subcommands?.length ?? 0) > 0;

function aliasesLine(chain: CommandChain): string | undefined {
  const cmd = chain[chain.length - 1];
  if (cmd === undefined) return undefined;
  if (cmd.aliasesText !== undefined) return cmd.aliasesText;
  if (cmd.aliases === undefined || cmd.aliases.length === 0) return undefined;
  const parent = commandPath(chain.slice(0, -1));
  return [commandPath(chain), ...cmd.aliases.map((a) => `${parent} ${a}`)].join(', ');
}

const trimRight = (s: string): string => s.replace(/\s+$/, '');

/** The text `docker … --help` prints (to stdout; a bare `docker` or `docker container` prints it to stderr). */
export function helpText(chain: CommandChain, width: number = DEFAULT_TERMINAL_WIDTH): string {
  const cmd = chain[chain.length - 1] ?? ROOT_COMMAND;
  const isRoot = chain.length <= 1;
  const cols = width - 1;
  let out = 'Usage:';
  if (!hasSubcommands(cmd)) out += `  ${useLine(chain)}`;
  else out += `  ${commandPath(chain)}${hasAvailableFlags(cmd) ? ' [OPTIONS]' : ''} COMMAND`;
  out += `\n\n${cmd.short.trim()}`;

  const aliases = aliasesLine(chain);
  if (aliases !== undefined) out += `\n\nAliases:\n  ${aliases}`;

  const flags = effectiveFlags(cmd).filter(shownFlag);
  if (!isRoot && hasAvailableFlags(cmd)) out += `\n\nOptions:\n${trimRight(flagUsagesWrapped(flags, cols))}`;

  const subs = (cmd.subcommands ?? []).filter((c) => commandName(c) !== 'help' && c.unmodelled === undefined);
  const sorted = [...subs].sort((a, b) => (commandName(a) < commandName(b) ? -1 : 1));
  const decorated = (c: CommandSpec): string => `\n  ${rpad(commandName(c) + ' ', NAME_PADDING + 1)}${c.short}`;
  if (isRoot) {
    const top = sorted.filter((c) => c.categoryTop !== undefined);
    top.sort((a, b) => (a.categoryTop ?? 0) - (b.categoryTop ?? 0));
    if (top.length > 0) out += `\n\nCommon Commands:${top.map(decorated).join('')}`;
  }
  const management = sorted.filter(hasSubcommands);
  if (management.length > 0) out += `\n\nManagement Commands:${management.map(decorated).join('')}`;
  const operations = sorted.filter((c) => !hasSubcommands(c) && !(isRoot && c.categoryTop !== undefined));
  if (operations.length > 0) {
    out += `\n\nCommands:${operations.map((c) => `\n  ${rpad(commandName(c), NAME_PADDING)} ${c.short}`).join('')}`;
  }
  if (isRoot && hasAvailableFlags(cmd)) out += `\n\nGlobal Options:\n${trimRight(flagUsagesWrapped(flags, cols))}`;
  if (hasSubcommands(cmd)) out += `\n\nRun '${commandPath(chain)} COMMAND --help' for more information on a command.`;
  if (isRoot) out += `\n\n${ADDITIONAL_HELP}`;
  return out + '\n';
}

/** `docker <verb> --help` for a simulated verb, as registered at the top level. */
export function verbHelp(verb: Verb, width: number = DEFAULT_TERMINAL_WIDTH): string {
  return helpText([ROOT_COMMAND, COMMANDS[verb]], width);
}

/** `docker --help`. */
export function rootHelp(width: number = DEFAULT_TERMINAL_WIDTH): string {
  return helpText([ROOT_COMMAND], width);
}

/** Resolves a command path such as `['container', 'ls']` to its chain (for `docker help …`). */
export function resolveChain(names: readonly string[]): CommandChain | undefined {
  const chain: CommandSpec[] = [ROOT_COMMAND];
  for (const name of names) {
    const next = findSubcommand(chain[chain.length - 1] ?? ROOT_COMMAND, name);
    if (next === undefined) return undefined;
    chain.push(next);
  }
  return chain;
}
