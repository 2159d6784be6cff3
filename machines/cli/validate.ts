/**
 * Checks the docker CLI makes after flag and argument parsing but before it sends the first request
 * that can fail (the daemon is always reachable in the simulator, so `Ping` succeeds).
 */
import type { CommandSpec, Verb } from './flagspec';
import { goQuote } from '../go/strconv';
import type { FlagReader } from './typedflags';
import { parseRestartPolicy } from './typedflags';
import { flagsByName } from './tree';

export interface CliError {
  /** Without the trailing newline that `fmt.Fprintln(os.Stderr, err)` adds. */
  message: string;
  exitCode: number;
}

const plain = (message: string): CliError => ({ message, exitCode: 1 });

/** run.go `withHelp`: always names `docker run`/`docker create`, whatever alias was typed. */
const withHelp = (message: string, command: 'run' | 'create'): CliError => ({
  message: `docker: ${message}\n\nRun 'docker ${command} --help' for more information`,
  exitCode: 125,
});

/**
 * cmd/docker/docker.go `areFlagsSupported` (the root's PersistentPreRunE) against a Linux,
 * non-experimental daemon. Errors are joined with newlines (errors.Join); flags visited by name.
 */
export function unsupportedFlags(cmd: CommandSpec, reader: FlagReader): CliError | undefined {
  const errors: string[] = [];
  for (const f of flagsByName(cmd)) {
    if (!reader.changed(f.name)) continue;
    if (f.ostype !== undefined && f.ostype !== 'linux') {
      errors.push(
        `"--${f.name}" is only supported on a Docker daemon running on ${f.ostype}, but the Docker daemon is running on linux`,
      );
      continue;
    }
    if (f.experimental === true) {
      errors.push(`"--${f.name}" is only supported on a Docker daemon with experimental features enabled`);
    }
  }
  return errors.length > 0 ? plain(errors.join('\n')) : undefined;
}

/** create.go / run.go `validatePullOpt`. */
function pullError(pull: string): string | undefined {
  if (['always', 'missing', 'never', ''].includes(pull)) return undefined;
  return `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`;
}

/** opts.go parse, the healthcheck part: `--no-healthcheck` alone, and no negative durations. */
function healthError(reader: FlagReader): string | undefined {
  const given =
    reader.str('health-cmd') !== '' ||
    ['health-interval', 'health-timeout', 'health-start-period', 'health-retries', 'health-start-interval'].some(
      (f) => reader.num(f) !== 0,
    );
  if (reader.bool('no-healthcheck')) return given ? '--no-healthcheck conflicts with --health-* options' : undefined;
  for (const f of [
    'health-interval',
    'health-timeout',
    'health-retries',
    'health-start-period',
    'health-start-interval',
  ]) {
    if (reader.num(f) < 0) return `--${f} cannot be negative`;
  }
  return undefined;
}

/** The subset of opts.go `parse` that can fail on flags the simulator knows. */
function containerConfigError(reader: FlagReader): string | undefined {
  const health = healthError(reader);
  if (health !== undefined) return health;
  const restart = parseRestartPolicy(reader.str('restart'));
  if (!restart.ok) return restart.error;
  const policyIsNone = restart.policy.Name === '' || restart.policy.Name === 'no';
  if (reader.bool('rm') && !policyIsNone) return 'conflicting options: cannot specify both --restart and --rm';
  return undefined;
}

/** moby/term ascii.go `ASCII`: the names `ToBytes` reads, by their control code. */
const CTRL_KEYS = [
  'ctrl-@',
  ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `ctrl-${c}`),
  'ctrl-[',
  'ctrl-\\',
  'ctrl-]',
  'ctrl-^',
  'ctrl-_',
];

/**
 * hijack.go `validateDetachKeys` (start, run, exec, attach): each comma-separated key is one
 * character, a `ctrl-…` name, or `DEL` (moby/term ToBytes). An InvalidParameter: exit 1.
 */
export function detachKeysError(keys: string | undefined): string | undefined {
  if (keys === undefined || keys === '') return undefined;
  for (const key of keys.split(',')) {
    if (key.length === 1 || key === 'DEL' || CTRL_KEYS.includes(key)) continue;
    return `invalid detach keys (${keys}): Unknown character: '${key}'`;
  }
  return undefined;
}

/** cli/command/system/inspect.go `allTypes`. */
const INSPECT_TYPES = [
  'config',
  'container',
  'image',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'task',
  'volume',
];

/** The verb's own client-side checks (RunE before the first API call that can fail). */
export function verbError(verb: Verb, reader: FlagReader, args: readonly string[], path: string): CliError | undefined {
  switch (verb) {
    case 'create':
    case 'run': {
      const command = verb;
      const pull = pullError(reader.str('pull'));
      if (pull !== undefined) return withHelp(pull, command);
      const config = containerConfigError(reader);
      if (config !== undefined) return withHelp(config, command);
      // run.go runContainer: checked after parse(), returned as a plain error (exit 1).
      if (verb === 'run' && reader.bool('detach') && reader.list('attach').length > 0) {
        return plain('conflicting options: cannot specify both --attach and --detach');
      }
      // run.go runContainer checks the detach keys next, before it creates anything.
      const keys = verb === 'run' ? detachKeysError(reader.str('detach-keys')) : undefined;
      return keys !== undefined ? plain(keys) : undefined;
    }
    case 'stop':
    case 'restart':
      if (reader.changed('time') && reader.changed('timeout')) {
        return plain('conflicting options: cannot specify both --timeout and --time');
      }
      return undefined;
    case 'start': {
      // start.go RunStart validates the detach keys first of all.
      const keys = detachKeysError(reader.str('detach-keys'));
      if (keys !== undefined) return plain(keys);
      if ((reader.bool('attach') || reader.bool('interactive')) && args.length > 1) {
        return plain('you cannot start and attach multiple containers at once');
      }
      return undefined;
    }
    case 'inspect': {
      if (path !== 'docker inspect') return undefined;
      const type = reader.str('type');
      const list = INSPECT_TYPES.join('", "');
      if (reader.changed('type') && type === '') return plain(`type is empty: must be one of "${list}"`);
      if (type !== '' && !INSPECT_TYPES.includes(type)) {
        return plain(`unknown type: ${goQuote(type)}: must be one of "${list}"`);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * cli/streams/in.go `CheckTty`, which run.go `runContainer` calls for a foreground `docker run`
 * (not with -d): `-t` with stdin attached (`-i` or `-a stdin`) needs a terminal. Exit code 1.
 * Left to the caller because only it knows whether its stdin is a terminal.
 */
export function stdinTtyError(
  flags: { detach: boolean; tty: boolean; interactive: boolean; attach: readonly string[] },
  stdinIsTerminal: boolean,
): string | undefined {
  const attachStdin = flags.interactive || flags.attach.includes('stdin');
  if (flags.detach || !flags.tty || !attachStdin || stdinIsTerminal) return undefined;
  return 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal';
}
