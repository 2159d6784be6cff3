/**
 * embed.html: the simulator without page chrome, for an iframe in a docs page. Settings come from
 * the address (params.ts); the host talks to it with messages (messages.ts, bridge.ts) and may
 * size the frame to the heights it posts. It never takes the focus and never scrolls the host.
 */
import { StrictMode } from 'react';
import { loadMessages, translator, type Lang } from '../i18n/i18n';
import { mount } from '../page/mount';
import { loadEngine } from '../sim/engine';
import { runInHash } from '../classroom/link';
import { connectToParent } from './bridge';
import { EmbedApp, type EmbedController } from './EmbedApp';
import { embedOptionsFromSearch } from './params';
import { embedViewKey } from './view';

function browserLanguage(): Lang {
  return navigator.languages?.some((l) => l.startsWith('ko')) ? 'ko' : 'en';
}

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const options = embedOptionsFromSearch(window.location.search);
  // The history's Copy link in an embed is embed.html#run=…: it opens that run.
  const run = runInHash(window.location.hash);
  const defaultLang = browserLanguage();
  const lang = options.lang ?? defaultLang;
  const dark =
    options.theme === 'dark' ||
    (options.theme === 'auto' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.lang = lang;
  let controller: EmbedController | null = null;
  const parent = connectToParent(window, () => controller);
  const [messages] = await Promise.all([loadMessages(lang), loadEngine()]);
  const label = document.getElementById('label');
  if (label) label.textContent = translator(messages)('app.title');
  mount(
    root,
    <StrictMode>
      <EmbedApp
        options={options}
        defaultLang={defaultLang}
        messages={messages}
        controller={(c) => {
          controller = c;
        }}
        onReady={() => parent.post({ type: 'container-lifecycle:ready' })}
        {...(run !== null ? { restore: { run } } : {})}
        onDockerEvent={(event) => parent.post({ type: 'container-lifecycle:event', event })}
        onMove={(move) => parent.post({ type: 'container-lifecycle:move', move })}
      />
    </StrictMode>,
    embedViewKey(options, lang, dark ? 'dark' : 'light'),
  );
  parent.observeHeight(root);
}

if (typeof document !== 'undefined') void main();
