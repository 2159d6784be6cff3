/**
 * Page settings from the address (`?lang=ko&speed=2&theme=dark&script=…`). A value the page does
 * not understand is reported and replaced by the default, never a white page.
 */
import { isLang, type Lang } from './i18n/i18n';
import { splitScript } from './sim/script';
import { parseSpeed, type Speed } from './sim/speed';
import type { Level } from './viz/scene';

export interface Settings {
  lang: Lang;
  speed: Speed;
  theme: 'light' | 'dark';
  script: string[];
  level: Level;
  /** What was wrong with the address, for a message; empty when nothing was. */
  problems: string[];
}

/** A sensible default scene: one container a learner can act on at once. */
export const DEFAULT_SCRIPT = ['docker run -d --name web nginx'];

export function parseSettings(search: string, preferred: { lang?: string; dark?: boolean } = {}): Settings {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const langParam = params.get('lang');
  let lang: Lang = isLang(preferred.lang) ? preferred.lang : 'en';
  if (langParam !== null) {
    if (isLang(langParam)) lang = langParam;
    else problems.push(`lang=${langParam}`);
  }
  let speed: Speed = 1;
  const speedParam = params.get('speed');
  if (speedParam !== null) {
    const s = parseSpeed(speedParam);
    if (s === null) problems.push(`speed=${speedParam}`);
    else speed = s;
  }
  let theme: 'light' | 'dark' = preferred.dark ? 'dark' : 'light';
  const themeParam = params.get('theme');
  if (themeParam !== null) {
    if (themeParam === 'light' || themeParam === 'dark') theme = themeParam;
    else problems.push(`theme=${themeParam}`);
  }
  let level: Level = 'lifecycle';
  const levelParam = params.get('level');
  if (levelParam !== null) {
    if (levelParam === 'lifecycle' || levelParam === 'all') level = levelParam;
    else problems.push(`level=${levelParam}`);
  }
  // Each line of a script runs on its own: a bad one is reported by its number when it runs
  // (components/ScriptNotice.tsx), and the rest still run.
  const scriptParam = params.get('script');
  const script = scriptParam === null ? DEFAULT_SCRIPT : splitScript(scriptParam);
  return { lang, speed, theme, script, level, problems };
}
