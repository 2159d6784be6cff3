/**
 * Page settings from the address (`?lang=ko&speed=2&theme=dark&script=…`). A value the page does
 * not understand is reported and replaced by the default, never a white page.
 */
import { isTheme, type Theme } from './theme';
import { isLang, type Lang } from './i18n/i18n';
import { splitScript } from './sim/script';
import { parseSpeed, type Speed } from './sim/speed';
import type { Level } from './viz/scene';

export interface Settings {
  lang: Lang;
  speed: Speed;
  theme: Theme;
  script: string[];
  level: Level;
  /** `?present`: open in presenter mode. */
  present: boolean;
  /** `?demo=`: a prepared demo's text (docker lines, `# captions`, `sleep N`). */
  demo: string | null;
  /** `?demoAt=`: how many of the demo's items a link was made after. */
  demoAt: number;
  /** `?lesson=<id>`: a lesson to open. */
  lesson: string | null;
  /** True when the address asks for nothing in particular (a first visit may be offered a lesson). */
  plain: boolean;
  /** What was wrong with the address, for a message; empty when nothing was. */
  problems: string[];
}

/** A sensible default scene: one container a learner can act on at once. */
export const DEFAULT_SCRIPT = ['docker run -d --name web nginx'];

const MAX_DEMO_CHARS = 20_000;

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
  let theme: Theme = preferred.dark ? 'dark' : 'light';
  const themeParam = params.get('theme');
  if (themeParam !== null) {
    if (isTheme(themeParam)) theme = themeParam;
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
  let present = false;
  const presentParam = params.get('present');
  if (presentParam !== null) {
    if (['', '1', 'true', 'yes'].includes(presentParam)) present = true;
    else if (!['0', 'false', 'no'].includes(presentParam)) problems.push(`present=${presentParam}`);
  }
  let demo: string | null = null;
  const demoParam = params.get('demo');
  if (demoParam !== null) {
    if (demoParam.trim() === '' || demoParam.length > MAX_DEMO_CHARS) problems.push('demo');
    else demo = demoParam;
  }
  let demoAt = 0;
  const demoAtParam = params.get('demoAt');
  if (demoAtParam !== null) {
    if (/^\d{1,4}$/.test(demoAtParam) && demo !== null) demoAt = Number(demoAtParam);
    else problems.push(`demoAt=${demoAtParam.slice(0, 20)}`);
  }
  let lesson: string | null = null;
  const lessonParam = params.get('lesson');
  if (lessonParam !== null) {
    if (/^[a-z0-9][a-z0-9-]{0,60}$/.test(lessonParam)) lesson = lessonParam;
    else problems.push(`lesson=${lessonParam.slice(0, 40)}`);
  }
  const plain = !['script', 'demo', 'lesson', 'present'].some((k) => params.has(k));
  return { lang, speed, theme, script, level, present, demo, demoAt, lesson, plain, problems };
}
