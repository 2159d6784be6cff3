/** The simulator as the whole page (index.html): it keeps `?lang=` and the page's colours in step. */
import { useCallback } from 'react';
import { LifecycleSimulator, type LifecycleSimulatorProps } from '../LifecycleSimulator';
import type { Lang } from '../i18n/i18n';
import type { Settings } from '../settings';
import { viewKey } from './mount';

/** What the page's first markup depends on (the build pre-renders the defaults: src/prerender/). */
export function pageViewKey(settings: Pick<Settings, 'lang' | 'theme' | 'level'>, notice: boolean): string {
  return viewKey({ lang: settings.lang, theme: settings.theme, level: settings.level, notice });
}

export function Page(props: LifecycleSimulatorProps) {
  const onLangChange = useCallback((lang: Lang) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url);
    document.documentElement.lang = lang;
  }, []);
  const onThemeChange = useCallback((theme: 'light' | 'dark') => {
    document.documentElement.dataset.theme = theme;
  }, []);
  return <LifecycleSimulator {...props} onLangChange={onLangChange} onThemeChange={onThemeChange} />;
}
