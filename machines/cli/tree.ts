/**
 * cobra's view of the command tree: names, command paths, use lines and the flag set a command
 * parses with (its local flags plus the root's persistent `--help`).
 * vendor/github.com/spf13/cobra/command.go `Name`, `CommandPath`, `UseLine`, `findNext`.
 */
import { HELP_FLAG, ROOT_COMMAND } from './commands';
import type { CommandSpec, FlagSpec } from './flagspec';

/** A command together with its ancestors, root first. */
export type CommandChain = readonly CommandSpec[];

const names = new WeakMap<CommandSpec, string>();

/** cobra `Name`: the first word of `Use` (kept once per command of the constant table). */
export function commandName(cmd: CommandSpec): string {
  let name = names.get(cmd);
  if (name === undefined) {
    name = cmd.use.split(' ')[0] ?? '';
    names.set(cmd, name);
  }
  return name;
}

/** `docker container stop`: canonical names, never the alias that was typed. */
export const commandPath = (chain: CommandChain): string => chain.map(commandName).join(' ');

/** cobra `UseLine` (every docker command sets DisableFlagsInUseLine, and `help` has no visible flags). */
export function useLine(chain: CommandChain): string {
  const cmd = chain[chain.length - 1] ?? ROOT_COMMAND;
  if (chain.length <= 1) return cmd.use;
  return `${commandPath(chain.slice(0, -1))} ${cmd.use}`;
}

/** The flags a command parses: local ones plus the persistent `--help` unless it has its own. */
export function effectiveFlags(cmd: CommandSpec): readonly FlagSpec[] {
  return flagsOf(cmd).list;
}

/** A command's flags by long name (the table is constant, so each command's index is built once). */
export function flagNamed(cmd: CommandSpec, name: string): FlagSpec | undefined {
  return flagsOf(cmd).byName.get(name);
}

/** The flags sorted by name, as cobra visits them. */
export function flagsByName(cmd: CommandSpec): readonly FlagSpec[] {
  return flagsOf(cmd).sorted;
}

interface FlagIndex {
  list: readonly FlagSpec[];
  byName: ReadonlyMap<string, FlagSpec>;
  sorted: readonly FlagSpec[];
}

const indexes = new WeakMap<CommandSpec, FlagIndex>();

function flagsOf(cmd: CommandSpec): FlagIndex {
  let index = indexes.get(cmd);
  if (!index) {
    const list = cmd.flags.some((f) => f.name === 'help') ? cmd.flags : [...cmd.flags, HELP_FLAG];
    index = {
      list,
      byName: new Map(list.map((f) => [f.name, f])),
      sorted: [...list].sort((a, b) => (a.name < b.name ? -1 : 1)),
    };
    indexes.set(cmd, index);
  }
  return index;
}

/** cobra `findNext`: a subcommand by name or alias (no prefix matching). */
export function findSubcommand(cmd: CommandSpec, arg: string): CommandSpec | undefined {
  return cmd.subcommands?.find((c) => commandName(c) === arg || (c.aliases ?? []).includes(arg));
}

/** cobra `HasAvailableFlags`: any flag that help would list. */
export const hasAvailableFlags = (cmd: CommandSpec): boolean =>
  effectiveFlags(cmd).some((f) => f.hidden !== true && f.deprecated === undefined);
