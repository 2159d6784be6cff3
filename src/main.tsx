import { StrictMode } from 'react';
import { loadMessages, translator } from './i18n/i18n';
import { mount } from './page/mount';
import { Page, pageProps, pageViewKey } from './page/Page';
import { loadEngine } from './sim/engine';
import { parseSettings } from './settings';
import { runInHash } from './classroom/link';
import { welcomeDismissed } from './classroom/Welcome';

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
  // A link's run opens as it was; otherwise the saved session, unless the address asks for a script.
  const run = runInHash(window.location.hash);
  const scripted = new URLSearchParams(window.location.search).has('script');
  const restore = run !== null ? { run } : scripted ? undefined : { saved: true };
  const dismissed = welcomeDismissed();
  const notice = settings.problems.length
    ? translator(messages)('error.badUrl', { detail: settings.problems.join(', ') })
    : undefined;
  mount(
    root,
    <StrictMode>
      <Page {...pageProps(settings, messages, run, restore, notice, dismissed)} />
    </StrictMode>,
    pageViewKey(settings, notice !== undefined, run !== null, !dismissed),
  );
}

if (typeof document !== 'undefined') void main();
