/** The docker command line each control stands for; clicking teaches the command. */

export type ActionVerb = 'start' | 'pause' | 'unpause' | 'stop' | 'kill' | 'restart' | 'rm';

export const ACTION_VERBS: readonly ActionVerb[] = ['start', 'pause', 'unpause', 'stop', 'kill', 'restart', 'rm'];

export interface ActionOptions {
  /** `stop -t` / `restart -t`, seconds; empty for the default. */
  timeout: string;
  /** `kill -s`; empty for the default (SIGKILL). */
  signal: string;
  /** `rm -f` */
  force: boolean;
}

export interface CreateOptions {
  image: string;
  command: string;
  name: string;
  restart: 'no' | 'always' | 'unless-stopped' | 'on-failure';
  maxRetries: string;
  autoRemove: boolean;
}

/** Quotes a word for a POSIX shell when it needs it, as a user would type it. */
export function shellQuote(word: string): string {
  if (word === '') return "''";
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function actionLine(verb: ActionVerb, container: string, o: ActionOptions): string {
  const parts = ['docker', verb];
  if ((verb === 'stop' || verb === 'restart') && o.timeout.trim() !== '') parts.push('-t', o.timeout.trim());
  if (verb === 'kill' && o.signal !== '') parts.push('-s', o.signal);
  if (verb === 'rm' && o.force) parts.push('-f');
  if (container) parts.push(shellQuote(container));
  return parts.join(' ');
}

export function createLine(o: CreateOptions): string {
  const parts = ['docker', 'create'];
  if (o.name.trim()) parts.push('--name', shellQuote(o.name.trim()));
  if (o.restart !== 'no')
    parts.push(
      '--restart',
      o.restart === 'on-failure' && o.maxRetries.trim() ? `on-failure:${o.maxRetries.trim()}` : o.restart,
    );
  if (o.autoRemove) parts.push('--rm');
  parts.push(shellQuote(o.image));
  // The command is typed as a shell would take it, so it is passed through as written.
  if (o.command.trim()) parts.push(o.command.trim());
  return parts.join(' ');
}
