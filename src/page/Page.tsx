/** The simulator as the whole page (index.html): it keeps `?lang=` and the page's colours in step. */
import { useCallback } from 'react';
import { LifecycleSimulator, type LifecycleSimulatorProps } from '../LifecycleSimulator';
import type { Lang } from '../i18n/i18n';
import type { Messages } from '../i18n/en';
import type { Settings } from '../settings';
import type { RestoreFrom } from '../sim/SimulatorProvider';
import type { Theme } from '../theme';
import { viewKey } from './mount';

/** What the page's first markup depends on (the build pre-renders the defaults: src/prerender/). */
export function pageViewKey(
  settings: Pick<Settings, 'lang' | 'theme' | 'level' | 'present' | 'demo' | 'lesson' | 'plain'>,
  notice: boolean,
  run = false,
  welcome = true,
): string {
  return viewKey({
    lang: settings.lang,
    theme: settings.theme,
    level: settings.level,
    notice,
    present: settings.present,
    demo: settings.demo !== null,
    lesson: settings.lesson !== null,
    run,
    welcome: settings.plain && !run && welcome,
  });
}

/**
 * The page's props from its settings: the same for the build's pre-render (no link, no notice)
 * and the browser, so that the first render matches what the build drew. `run` is a link's
 * `#run=` value, if it has one; `restore` where the session comes from (it changes nothing of
 * the first render: a session is restored after it).
 */
export function pageProps(
  settings: Settings,
  messages: Messages,
  run: string | null,
  restore: RestoreFrom | undefined,
  notice?: string,
  welcomeDismissed = false,
): LifecycleSimulatorProps {
  return {
    lang: settings.lang,
    messages,
    theme: settings.theme,
    speed: settings.speed,
    level: settings.level,
    initialScript: settings.script,
    ...(restore ? { restore } : {}),
    autosave: true,
    present: settings.present,
    demo: settings.demo !== null ? { text: settings.demo, name: 'demo', at: settings.demoAt } : null,
    ...(settings.lesson !== null ? { lesson: settings.lesson } : {}),
    welcome: settings.plain && run === null && !welcomeDismissed,
    ...(notice ? { notice } : {}),
  };
}

export function Page(props: LifecycleSimulatorProps) {
  const onLangChange = useCallback((lang: Lang) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url);
    document.documentElement.lang = lang;
  }, []);
  const onThemeChange = useCallback((theme: Theme) => {
    document.documentElement.dataset.theme = theme;
  }, []);
  return <LifecycleSimulator {...props} onLangChange={onLangChange} onThemeChange={onThemeChange} />;
}
