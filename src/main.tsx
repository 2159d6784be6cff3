import type { Theme } from './theme';
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { LifecycleSimulator } from './LifecycleSimulator';
import { loadMessages, translator, type Lang } from './i18n/i18n';
import { parseSettings } from './settings';
import { runInHash } from './classroom/link';

function preferredLanguage(): string | undefined {
  return navigator.languages?.find((l) => l.startsWith('ko')) ? 'ko' : undefined;
}

/** Keeps `?lang=` in the address in step with the language shown. */
function Page(props: Parameters<typeof LifecycleSimulator>[0]) {
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

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const settings = parseSettings(window.location.search, {
    lang: preferredLanguage(),
    dark: window.matchMedia?.('(prefers-color-scheme: dark)').matches,
  });
  document.documentElement.lang = settings.lang;
  document.documentElement.dataset.theme = settings.theme;
  const messages = await loadMessages(settings.lang);
  // A link's run opens as it was; otherwise the saved session, unless the address asks for a script.
  const run = runInHash(window.location.hash);
  const params = new URLSearchParams(window.location.search);
  const restore = run !== null ? { run } : params.has('script') ? undefined : { saved: true };
  const notice = settings.problems.length
    ? translator(messages)('error.badUrl', { detail: settings.problems.join(', ') })
    : undefined;
  createRoot(root).render(
    <StrictMode>
      <Page
        lang={settings.lang}
        messages={messages}
        theme={settings.theme}
        speed={settings.speed}
        level={settings.level}
        initialScript={settings.script}
        {...(restore ? { restore } : {})}
        autosave
        present={settings.present}
        demo={settings.demo !== null ? { text: settings.demo, name: 'demo' } : null}
        {...(settings.lesson !== null ? { lesson: settings.lesson } : {})}
        welcome={settings.plain && run === null}
        {...(notice ? { notice } : {})}
      />
    </StrictMode>,
  );
}

void main();
