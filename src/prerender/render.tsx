/**
 * The build's pre-render (scripts/vite/prerender.ts builds this for Node and calls `render`): each
 * page's first view with its default settings, as HTML for its root element, with the key the
 * page checks before it hydrates it (page/mount.tsx). The engine module is loaded first, so the
 * diagram is in the HTML; nothing is booted (SimulatorProvider boots only in a browser).
 */
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { loadMessages } from '../i18n/i18n';
import { EmbedApp } from '../embed/EmbedApp';
import { embedOptionsFromSearch } from '../embed/params';
import { embedViewKey } from '../embed/view';
import { Page, pageProps, pageViewKey } from '../page/Page';
import { loadEngine } from '../sim/engine';
import { parseSettings } from '../settings';

export interface Prerendered {
  /** The HTML file of the build it goes into. */
  file: string;
  /** The settings it was drawn with (data-prerendered). */
  key: string;
  html: string;
}

function html(ui: ReactNode): string {
  return renderToString(<StrictMode>{ui}</StrictMode>);
}

export async function render(): Promise<Prerendered[]> {
  const [en] = await Promise.all([loadMessages('en'), loadEngine()]);
  const settings = parseSettings('', {});
  const embed = embedOptionsFromSearch('');
  return [
    {
      file: 'index.html',
      key: pageViewKey(settings, false),
      html: html(<Page {...pageProps(settings, en, null, { saved: true })} />),
    },
    {
      file: 'embed.html',
      key: embedViewKey(embed, 'en', 'light'),
      html: html(<EmbedApp options={embed} defaultLang="en" messages={en} />),
    },
  ];
}
