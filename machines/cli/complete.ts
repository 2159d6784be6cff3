/**
 * Tab completion for the terminal, read from the command table (the same one the parser and the
 * help use): verbs and subcommands, flags, flag values, container names and image names.
 */
import { ROOT_COMMAND } from './commands';
import type { CommandSpec, FlagSpec, Verb } from './flagspec';
import type { ContainerStatus } from '../types';
import { commandName, effectiveFlags, findSubcommand } from './tree';

export interface CompletionContext {
  /** Names of the existing containers. */
  containers: readonly string[];
  images: readonly string[];
  /** Each container's state, by name: with it, a verb offers only the containers it suits. */
  statuses?: Readonly<Record<string, ContainerStatus>>;
}

/**
 * The states whose containers each verb offers, as docker's bash completion does
 * (contrib/completion/bash/docker: __docker_complete_containers_stopped, _stoppable, _running,
 * _unpauseable, _removable; restart and inspect offer all, and so does rm with --force).
 */
const OFFERED: Partial<Record<Verb, readonly ContainerStatus[]>> = {
  start: ['exited'],
  stop: ['running', 'paused'],
  kill: ['running'],
  pause: ['running'],
  unpause: ['paused'],
  rm: ['created', 'exited'],
  // container/exec.go and attach.go offer every container that is not paused; top every running one.
  exec: ['running', 'restarting', 'created', 'exited'],
  attach: ['running', 'restarting', 'created', 'exited'],
  top: ['running', 'paused', 'restarting'],
};

export interface Completion {
  /** Where in the line the word being completed starts. */
  start: number;
  /** Every candidate for that word, sorted. */
  candidates: string[];
  /** The line with the word replaced by the candidates' longest common prefix (a space after a single match). */
  line: string;
}

const CONTAINER_VERBS: ReadonlySet<Verb> = new Set([
  'attach',
  'top',
  'exec',
  'logs',
  'wait',
  'rename',
  'update',
  'start',
  'stop',
  'kill',
  'restart',
  'pause',
  'unpause',
  'rm',
  'inspect',
]);

const FLAG_VALUES: Record<string, readonly string[]> = {
  tail: ['all'],
  restart: ['no', 'always', 'unless-stopped', 'on-failure'],
  signal: ['SIGTERM', 'SIGKILL', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH'],
  'stop-signal': ['SIGTERM', 'SIGKILL', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH'],
};

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function visibleNames(cmd: CommandSpec): string[] {
  return (cmd.subcommands ?? [])
    .filter((c) => c.unmodelled === undefined)
    .flatMap((c) => [commandName(c), ...(c.aliases ?? [])])
    .filter((n) => n !== '');
}

function flagSpec(cmd: CommandSpec, word: string): FlagSpec | undefined {
  const flags = effectiveFlags(cmd);
  if (word.startsWith('--')) return flags.find((f) => f.name === word.slice(2));
  if (word.startsWith('-') && word.length === 2) return flags.find((f) => f.short === word.slice(1));
  return undefined;
}

/** Completes the last word of `line` (the cursor is at its end). */
export function complete(line: string, ctx: CompletionContext): Completion {
  const start = /\S*$/.exec(line)?.index ?? line.length;
  const current = line.slice(start);
  const words = line.slice(0, start).trim().split(/\s+/).filter(Boolean);
  const candidates = candidatesFor(words, current, ctx)
    .filter((c) => c.startsWith(current))
    .sort();
  const unique = [...new Set(candidates)];
  const only = unique.length === 1 ? unique[0] : undefined;
  const replacement = only !== undefined ? `${only}${only.endsWith('=') ? '' : ' '}` : commonPrefix(unique) || current;
  return { start, candidates: unique, line: line.slice(0, start) + replacement };
}

function candidatesFor(words: readonly string[], current: string, ctx: CompletionContext): string[] {
  if (words.length === 0) return ['docker'];
  if (words[0] !== 'docker') return [];
  // Walk the command tree over the words typed so far.
  let cmd: CommandSpec = ROOT_COMMAND;
  let positionals = 0;
  let pendingFlag: FlagSpec | undefined;
  for (const w of words.slice(1)) {
    if (pendingFlag) {
      pendingFlag = undefined;
      continue;
    }
    if (w.startsWith('-')) {
      const spec = flagSpec(cmd, w.split('=')[0] ?? w);
      if (spec && spec.type !== 'bool' && !w.includes('=')) pendingFlag = spec;
      continue;
    }
    const sub = positionals === 0 ? findSubcommand(cmd, w) : undefined;
    if (sub) {
      cmd = sub;
      continue;
    }
    positionals++;
  }
  if (pendingFlag) return [...(FLAG_VALUES[pendingFlag.name] ?? [])];
  if (current.startsWith('-')) {
    return effectiveFlags(cmd)
      .filter((f) => !f.hidden && !f.deprecated)
      .flatMap((f) => [
        `--${f.name}`,
        ...(f.short && current.length <= 2 && !current.startsWith('--') ? [`-${f.short}`] : []),
      ]);
  }
  if ((cmd.subcommands?.length ?? 0) > 0 && positionals === 0) return visibleNames(cmd);
  if (cmd.verb === 'create' || cmd.verb === 'run' || cmd.verb === 'images' || cmd.verb === 'pull') {
    return positionals === 0 ? [...ctx.images] : [];
  }
  if (cmd.verb && CONTAINER_VERBS.has(cmd.verb)) {
    const forced = cmd.verb === 'rm' && words.some((w) => w === '-f' || w === '--force' || /^-[a-z]*f/.test(w));
    const offered = forced ? undefined : OFFERED[cmd.verb];
    const statuses = ctx.statuses;
    if (!offered || !statuses) return [...ctx.containers];
    return ctx.containers.filter((name) => {
      const status = statuses[name];
      return status !== undefined && offered.includes(status);
    });
  }
  return [];
}
