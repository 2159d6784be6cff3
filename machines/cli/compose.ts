/**
 * The docker command line a control on the page stands for, built from its fields: clicking
 * teaches the command. Words are quoted as a user would type them (shell/line.ts shellQuote).
 */
import { shellQuote } from '../shell/line';
import type { ContainerVerb } from '../vocabulary';

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
  /** The container's command, typed as a shell would take it (passed through as written). */
  command: string;
  name: string;
  restart: 'no' | 'always' | 'unless-stopped' | 'on-failure';
  maxRetries: string;
  autoRemove: boolean;
}

/** `docker <verb> [options] <container>`: only the options that verb takes, and only when set. */
export function actionLine(verb: ContainerVerb, container: string, o: ActionOptions): string {
  const parts = ['docker', verb];
  if ((verb === 'stop' || verb === 'restart') && o.timeout.trim() !== '') parts.push('-t', o.timeout.trim());
  if (verb === 'kill' && o.signal !== '') parts.push('-s', o.signal);
  if (verb === 'rm' && o.force) parts.push('-f');
  if (container) parts.push(shellQuote(container));
  return parts.join(' ');
}

/** `docker create` from the page's form. */
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
  if (o.command.trim()) parts.push(o.command.trim());
  return parts.join(' ');
}
