/**
 * The embed's settings (simulator-contract.md §4), read from embed.html's address or from the
 * attributes of <container-lifecycle>: the same names, the same checks. Anything unknown or
 * malformed is listed (for a small notice) and ignored: the embed always draws.
 */
import { isLang, type Lang } from '../i18n/i18n';
import type { PanelName } from '../LifecycleSimulator';
import { splitScript } from '../sim/script';
import { parseSpeed, type Speed } from '../sim/speed';
import type { Level } from '../viz/scene';

/** The panels an embed can show, in the contract's words. */
export const EMBED_PANEL_NAMES = [
  'diagram',
  'controls',
  'terminal',
  'ps',
  'events',
  'inspect',
  'logs',
  'explain',
] as const;
export type EmbedPanel = (typeof EMBED_PANEL_NAMES)[number] & PanelName;

/** Every parameter, in the order the docs list them. */
export const EMBED_PARAMS = [
  'panels',
  'script',
  'play',
  'lang',
  'theme',
  'speed',
  'level',
  'controls',
  'select',
] as const;
export type EmbedParam = (typeof EMBED_PARAMS)[number];

export interface EmbedOptions {
  panels: readonly EmbedPanel[];
  /** Lines run before the first paint. Without `script`: the page's default, or none with `play`. */
  script: readonly string[];
  /** Lines played one at a time, with pauses, in a loop. */
  play: readonly string[];
  /** Null: the browser's (or, for the web component, the page's) language. */
  lang: Lang | null;
  theme: 'light' | 'dark' | 'auto';
  speed: Speed;
  level: Level;
  /** False: a picture that only plays (`controls=0`). */
  controls: boolean;
  /** A container name to follow. */
  select: string | null;
  /** What was not understood (`name=value`, or just the name), in the order found. */
  problems: string[];
}

export const DEFAULT_PANELS: readonly EmbedPanel[] = ['diagram', 'controls', 'terminal'];
/** The page's default scene (settings.ts): one container to act on. */
const DEFAULT_SCRIPT = ['docker run -d --name web nginx'];
/** Docker's rule for a container name (daemon/names: [a-zA-Z0-9][a-zA-Z0-9_.-]+). */
const CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** A value longer than this is not read (a script has its own limits per line). */
const MAX_VALUE = 60_000;

/** Shown in a notice: long or odd values are cut, and nothing is ever markup (React prints text). */
function shown(name: string, value: string): string {
  const v = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `${name}=${v}`;
}

/**
 * Reads the settings through `get` (URLSearchParams#get, Element#getAttribute). `others` are
 * parameter names given that are not ours (an address's unknown keys), reported as problems.
 */
export function parseEmbedOptions(
  get: (name: EmbedParam) => string | null,
  others: readonly string[] = [],
): EmbedOptions {
  const problems: string[] = [];
  const read = (name: EmbedParam): string | null => {
    const v = get(name);
    if (v !== null && v.length > MAX_VALUE) {
      problems.push(`${name}=…`);
      return null;
    }
    return v;
  };

  let panels: readonly EmbedPanel[] = DEFAULT_PANELS;
  const panelsParam = read('panels');
  if (panelsParam !== null) {
    const names = panelsParam
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const good: EmbedPanel[] = [];
    for (const n of names) {
      if ((EMBED_PANEL_NAMES as readonly string[]).includes(n)) {
        if (!good.includes(n as EmbedPanel)) good.push(n as EmbedPanel);
      } else problems.push(shown('panels', n));
    }
    if (good.length > 0) panels = good;
    else if (names.length === 0) problems.push(shown('panels', panelsParam));
  }

  const play = splitScript(read('play') ?? '');
  const scriptParam = read('script');
  const script = scriptParam === null ? (play.length > 0 ? [] : DEFAULT_SCRIPT) : splitScript(scriptParam);

  let lang: Lang | null = null;
  const langParam = read('lang');
  if (langParam !== null) {
    if (isLang(langParam)) lang = langParam;
    else problems.push(shown('lang', langParam));
  }

  let theme: EmbedOptions['theme'] = 'auto';
  const themeParam = read('theme');
  if (themeParam !== null) {
    if (themeParam === 'light' || themeParam === 'dark' || themeParam === 'auto') theme = themeParam;
    else problems.push(shown('theme', themeParam));
  }

  let speed: Speed = 1;
  const speedParam = read('speed');
  if (speedParam !== null) {
    const s = parseSpeed(speedParam);
    if (s === null) problems.push(shown('speed', speedParam));
    else speed = s;
  }

  let level: Level = 'lifecycle';
  const levelParam = read('level');
  if (levelParam !== null) {
    if (levelParam === 'lifecycle' || levelParam === 'all') level = levelParam;
    else problems.push(shown('level', levelParam));
  }

  let controls = true;
  const controlsParam = read('controls');
  if (controlsParam !== null) {
    if (controlsParam === '0' || controlsParam === 'false') controls = false;
    else if (controlsParam !== '1' && controlsParam !== 'true' && controlsParam !== '')
      problems.push(shown('controls', controlsParam));
  }

  let select: string | null = null;
  const selectParam = read('select');
  if (selectParam !== null) {
    if (CONTAINER_NAME.test(selectParam)) select = selectParam.replace(/^\//, '');
    else problems.push(shown('select', selectParam));
  }

  for (const other of others) problems.push(other.length > 40 ? `${other.slice(0, 40)}…` : other);
  return { panels, script, play, lang, theme, speed, level, controls, select, problems };
}

/** The settings in an address (`?panels=…&script=…`); any other key is reported. */
export function embedOptionsFromSearch(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const others = [...new Set(params.keys())].filter((k) => !(EMBED_PARAMS as readonly string[]).includes(k));
  return parseEmbedOptions((name) => params.get(name), others);
}
