/**
 * `parseCommandLine`: everything the docker CLI does with a command line before it talks to the
 * daemon, modelled on docker/cli v29 (cmd/docker/docker.go `runDocker`, cli/cobra.go
 * `TopLevelCommand.HandleGlobalFlags` and `FlagErrorFunc`, cli/required.go) and cobra v1.10.2
 * (`ExecuteC` with TraverseChildren, `Traverse`, `execute`).
 */
import { CLI_GIT_COMMIT, CLI_VERSION, GLOBAL_FLAGS, HELP_COMMAND, HELP_FLAG, ROOT_COMMAND } from './commands';
import type { ArgRule, Verb } from './flagspec';
import { FlagStore, parseFlags, takesNoValue } from './flagset';
import { helpText } from './help';
import { tokenize } from './tokenize';
import type { CommandChain } from './tree';
import { commandPath, effectiveFlags, findSubcommand, flagNamed, useLine } from './tree';
import type { FlagsByVerb } from './typedflags';
import { FlagReader, typedFlags } from './typedflags';
import { UNMODELLED_EXIT, unmodelledMessage } from './unmodelled';
import { unsupportedFlags, verbError } from './validate';

interface ParsedBase {
  /** cobra's CommandPath: canonical names (`docker container ls` for `docker container ps`). */
  path: string;
  /** Positionals. For create/run: IMAGE, then the container's COMMAND and ARGs. */
  args: string[];
  /** Long names of the flags that were given, in order (cobra `Flags().Changed`). */
  changed: string[];
  /**
   * What the CLI already printed on stdout while parsing flags, e.g.
   * "Flag --time has been deprecated, use --timeout instead\n". Print it before the command's
   * own output; usually empty.
   */
  notices: string;
}

/** A command line that reaches the daemon; discriminated on `verb` so `flags` is typed. */
export type ParsedCommand = { [V in Verb]: ParsedBase & { verb: V; flags: FlagsByVerb[V] } }[Verb];

export type ParseOutcome =
  | { kind: 'empty' }
  | { kind: 'command'; command: ParsedCommand }
  | { kind: 'output'; stdout: string; stderr: string; exitCode: number };

type Output = Extract<ParseOutcome, { kind: 'output' }>;

const output = (stdout: string, stderr: string, exitCode: number): Output => ({
  kind: 'output',
  stdout,
  stderr,
  exitCode,
});

/** cli/cobra.go FlagErrorFunc: a StatusError with code 125. */
const flagError = (chain: CommandChain, err: string): string =>
  `${err}\n\nUsage:  ${useLine(chain)}\n\nRun '${commandPath(chain)} --help' for more information\n`;

const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');

/** cli/required.go. Note RequiresMinArgs says "See …", the others "Run …". */
function argsError(chain: CommandChain, rule: ArgRule, args: readonly string[]): string | undefined {
  const cmd = chain[chain.length - 1] ?? ROOT_COMMAND;
  const path = commandPath(chain);
  const usage = `Usage:  ${useLine(chain)}`;
  switch (rule.kind) {
    case 'none':
      if (args.length === 0) return undefined;
      if ((cmd.subcommands?.length ?? 0) > 0) {
        return `docker: unknown command: ${path} ${args[0] ?? ''}\n\n${usage}\n\nRun '${path} --help' for more information`;
      }
      return `docker: '${path}' accepts no arguments\n\n${usage}\n\nRun '${path} --help' for more information`;
    case 'min':
      if (args.length >= rule.n) return undefined;
      return `docker: '${path}' requires at least ${rule.n} ${plural(rule.n)}\n\n${usage}\n\nSee '${path} --help' for more information`;
    case 'max':
      if (args.length <= rule.n) return undefined;
      return `docker: '${path}' requires at most ${rule.n} ${plural(rule.n)}\n\n${usage}\n\nRun '${path} --help' for more information`;
    case 'exact':
      if (args.length === rule.n) return undefined;
      return `docker: '${path}' requires ${rule.n} ${plural(rule.n)}\n\n${usage}\n\nRun '${path} --help' for more information`;
    case 'any':
      return undefined;
  }
}

const isFlagArg = (arg: string): boolean =>
  (arg.length >= 3 && arg.startsWith('--')) || (arg.length >= 2 && arg[0] === '-' && arg[1] !== '-');

type Traversed =
  { ok: true; chain: CommandChain; args: string[]; notices: string } | { ok: false; error: string; exitCode?: number };

/**
 * cobra `Command.Traverse`: walks down subcommands, parsing each level's flags on the way. A flag
 * that is not a known bool swallows the next word as its value, so `docker container --foo stop`
 * ends up in `docker container` with "unknown flag: --foo".
 */
function traverse(chain: CommandChain, args: readonly string[], store: FlagStore, notices = ''): Traversed {
  const cmd = chain[chain.length - 1] ?? ROOT_COMMAND;
  const flags = effectiveFlags(cmd);
  const isBool = (name: string): boolean => flags.some((f) => f.name === name && takesNoValue(f));
  const isBoolShort = (c: string): boolean => flags.some((f) => f.short === c && takesNoValue(f));
  const collected: string[] = [];
  let inFlag = false;
  for (const [i, arg] of args.entries()) {
    if (arg.startsWith('--') && !arg.includes('=')) {
      inFlag = !isBool(arg.slice(2));
      collected.push(arg);
      continue;
    }
    if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !isBoolShort(arg.slice(1))) {
      inFlag = true;
      collected.push(arg);
      continue;
    }
    if (inFlag || isFlagArg(arg)) {
      inFlag = false;
      collected.push(arg);
      continue;
    }
    const next = findSubcommand(cmd, arg);
    if (next === undefined) break;
    // A real command the simulator does not model: say so, whatever follows (even --help).
    if (next.unmodelled !== undefined) {
      const error = unmodelledMessage(commandPath([...chain, next]), next.unmodelled);
      return { ok: false, error, exitCode: UNMODELLED_EXIT };
    }
    const parsed = parseFlags(flags, store, collected, cmd.interspersed);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    return traverse([...chain, next], args.slice(i + 1), store, notices + parsed.notices);
  }
  return { ok: true, chain, args: [...args], notices };
}

/** cli/cobra.go helpCommand: `docker help [command]`. */
function helpCommand(topics: readonly string[], stdout: string): Output {
  // cobra Find: the root refuses extra words (legacyArgs); others leave them over.
  let chain: CommandChain = [ROOT_COMMAND];
  let rest = [...topics];
  while (rest.length > 0) {
    const next = findSubcommand(chain[chain.length - 1] ?? ROOT_COMMAND, rest[0] ?? '');
    if (next === undefined) break;
    chain = [...chain, next];
    rest = rest.slice(1);
  }
  if (rest.length > 0) return output(stdout, `unknown help topic: ${rest.join(' ')}\n`, 1);
  const last = chain[chain.length - 1];
  if (last?.unmodelled !== undefined) {
    return output(stdout, `${unmodelledMessage(commandPath(chain), last.unmodelled)}\n`, UNMODELLED_EXIT);
  }
  return output(stdout + helpText(chain), '', 0);
}

/** docker's `runDocker` for the words after `docker`. */
export function parseDockerArgs(argv: readonly string[]): ParseOutcome {
  const store = new FlagStore();
  const root: CommandChain = [ROOT_COMMAND];

  // HandleGlobalFlags: its own FlagSet, not interspersed, notices straight to os.Stderr.
  const global = parseFlags(GLOBAL_FLAGS, store, argv, false);
  if (!global.ok) return output('', global.notices + flagError(root, global.error), 125);
  const stderr = global.notices;

  const found = traverse(root, global.positionals, store);
  if (!found.ok) return output('', `${stderr}${found.error}\n`, found.exitCode ?? 1);
  const { chain, notices: traverseNotices } = found;
  const cmd = chain[chain.length - 1] ?? ROOT_COMMAND;
  const path = commandPath(chain);

  // cobra execute: ParseFlags, then --help, then --version (root only), then Args, then hooks.
  const parsed = parseFlags(effectiveFlags(cmd), store, found.args, cmd.interspersed);
  if (!parsed.ok) return output(traverseNotices, stderr + flagError(chain, parsed.error), 125);
  const stdout = traverseNotices + parsed.notices;
  const args = parsed.positionals;
  const fail = (message: string, exitCode = 1): Output => output(stdout, `${stderr}${message}\n`, exitCode);

  if (store.get(HELP_FLAG) === true && cmd.flags.every((f) => f.name !== 'help')) {
    return output(stdout + helpText(chain), stderr, 0);
  }
  const localHelp = cmd.flags.find((f) => f.name === 'help');
  if (localHelp !== undefined && store.get(localHelp) === true) return output(stdout + helpText(chain), stderr, 0);
  if (cmd === ROOT_COMMAND && store.get(GLOBAL_FLAGS.find((f) => f.name === 'version') ?? HELP_FLAG) === true) {
    return output(`${stdout}Docker version ${CLI_VERSION}, build ${CLI_GIT_COMMIT}\n`, stderr, 0);
  }

  const argErr = argsError(chain, cmd.args, args);
  if (argErr !== undefined) return fail(argErr);

  if (cmd === HELP_COMMAND) return helpCommand(args, stdout);
  const reader = new FlagReader(cmd, store);
  const unsupported = unsupportedFlags(cmd, reader);
  if (unsupported !== undefined) return fail(unsupported.message, unsupported.exitCode);

  if (cmd.verb === undefined) {
    // The root and the management commands (`docker container`): help on stderr, or unknown command.
    if (cmd === ROOT_COMMAND && args.length > 0) {
      return fail(`docker: unknown command: docker ${args[0] ?? ''}\n\nRun 'docker --help' for more information`);
    }
    return output(stdout, stderr + helpText(chain), 0);
  }

  const verbErr = verbError(cmd.verb, reader, args, path);
  if (verbErr !== undefined) return fail(verbErr.message, verbErr.exitCode);

  const command = {
    verb: cmd.verb,
    path,
    args,
    changed: store.changed().filter((name) => flagNamed(cmd, name) !== undefined),
    notices: stdout,
    flags: typedFlags(cmd.verb, reader, path),
  } as ParsedCommand;
  return { kind: 'command', command };
}

/**
 * Parses one terminal line. Never throws. Lines whose program is not `docker` get bash's
 * "command not found" (the terminal handles its own builtins such as `clear` before this).
 */
export function parseCommandLine(line: string): ParseOutcome {
  const tokens = tokenize(line);
  if (!tokens.ok) return output('', `${tokens.error}\n`, tokens.exitCode);
  const [program, ...argv] = tokens.words;
  if (program === undefined) return { kind: 'empty' };
  if (program !== 'docker') return output('', `bash: ${program}: command not found\n`, 127);
  return parseDockerArgs(argv);
}
