/**
 * The messages between a host page and embed.html (simulator-contract.md §4), as plain objects
 * with a `type` of `container-lifecycle:…`. What comes in is checked for shape and type; anything
 * else is ignored. Nothing in a message is ever run as code or drawn as markup: a line goes to the
 * simulated shell, a name to the selection.
 */
import type { DockerEvent, Move } from '../../machines/index';
import { isLang, type Lang } from '../i18n/i18n';
import { MAX_LINE_CHARS } from '../sim/script';
import { parseSpeed, type Speed } from '../sim/speed';
import type { Level } from '../viz/scene';

export type HostMessage =
  | { type: 'container-lifecycle:exec'; line: string }
  | { type: 'container-lifecycle:reset' }
  | { type: 'container-lifecycle:select'; name: string }
  | {
      type: 'container-lifecycle:set';
      lang?: Lang;
      theme?: 'light' | 'dark' | 'auto';
      speed?: Speed;
      level?: Level;
    };

export type EmbedMessage =
  | { type: 'container-lifecycle:ready' }
  | { type: 'container-lifecycle:event'; event: DockerEvent }
  | { type: 'container-lifecycle:move'; move: Move }
  | { type: 'container-lifecycle:resize'; height: number };

const NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]{0,253}$/;
// Control characters other than tab have no place in a typed line (the terminal drops them too).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The message, if it is one of ours and well formed; null otherwise (it is then ignored). */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isPlainObject(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'container-lifecycle:exec': {
      const line = data.line;
      if (typeof line !== 'string' || line.trim() === '' || line.length > MAX_LINE_CHARS || CONTROL.test(line))
        return null;
      return { type: data.type, line };
    }
    case 'container-lifecycle:reset':
      return { type: data.type };
    case 'container-lifecycle:select': {
      const name = data.name;
      if (typeof name !== 'string' || !NAME.test(name)) return null;
      return { type: data.type, name: name.replace(/^\//, '') };
    }
    case 'container-lifecycle:set': {
      const out: HostMessage & { type: 'container-lifecycle:set' } = { type: data.type };
      const { lang, theme, speed, level } = data;
      if (lang !== undefined) {
        if (!isLang(lang)) return null;
        out.lang = lang;
      }
      if (theme !== undefined) {
        if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') return null;
        out.theme = theme;
      }
      if (speed !== undefined) {
        const s = typeof speed === 'number' || typeof speed === 'string' ? parseSpeed(String(speed)) : null;
        if (s === null) return null;
        out.speed = s;
      }
      if (level !== undefined) {
        if (level !== 'lifecycle' && level !== 'all') return null;
        out.level = level;
      }
      return Object.keys(out).length > 1 ? out : null;
    }
    default:
      return null;
  }
}
