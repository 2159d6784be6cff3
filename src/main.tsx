import { StrictMode } from 'react';
import { loadMessages, translator } from './i18n/i18n';
import { mount } from './page/mount';
import { Page, pageViewKey } from './page/Page';
import { loadEngine } from './sim/engine';
import { parseSettings } from './settings';

function preferredLanguage(): string | undefined {
  return navigator.languages?.find((l) => l.startsWith('ko')) ? 'ko' : undefined;
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
  // The engine comes before React takes the page over, so that the diagram the build drew is
  // there in the first render too (a hydration that matches).
  const [messages] = await Promise.all([loadMessages(settings.lang), loadEngine()]);
  const notice = settings.problems.length
    ? translator(messages)('error.badUrl', { detail: settings.problems.join(', ') })
    : undefined;
  mount(
    root,
    <StrictMode>
      <Page
        lang={settings.lang}
        messages={messages}
        theme={settings.theme}
        speed={settings.speed}
        level={settings.level}
        initialScript={settings.script}
        {...(notice ? { notice } : {})}
      />
    </StrictMode>,
    pageViewKey(settings, notice !== undefined),
  );
}

if (typeof document !== 'undefined') void main();
