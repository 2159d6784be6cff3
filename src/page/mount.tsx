/**
 * Takes over a page's pre-rendered first view (scripts/vite/prerender.ts). The build renders the
 * view of the default settings into the root element, marked with `data-prerendered="<key>"`;
 * when the page is about to draw exactly that view, React hydrates it (no flash, nothing moves);
 * otherwise (another language, theme, …) it draws afresh over it.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';

/** The attribute that says which settings the pre-rendered HTML was drawn with. */
export const PRERENDER_ATTRIBUTE = 'data-prerendered';
/**
 * Set on <html> by the page's inline head script when the view will not be the pre-rendered one:
 * the pre-render stays hidden rather than show the wrong language or colours for a moment.
 */
export const WAIT_ATTRIBUTE = 'data-wait';

/** The key of a view: the settings that change its first markup, in a fixed order. */
export function viewKey(parts: Record<string, string | number | boolean>): string {
  return Object.keys(parts)
    .sort()
    .map((k) => `${k}=${String(parts[k])}`)
    .join('&');
}

export function mount(root: HTMLElement, ui: ReactNode, key: string): Root {
  const prerendered = root.getAttribute(PRERENDER_ATTRIBUTE);
  root.removeAttribute(PRERENDER_ATTRIBUTE);
  if (prerendered === key) {
    document.documentElement.removeAttribute(WAIT_ATTRIBUTE);
    return hydrateRoot(root, ui);
  }
  // Drawn at once, replacing the pre-render in one commit; only then is it shown.
  const reactRoot = createRoot(root);
  flushSync(() => reactRoot.render(ui));
  document.documentElement.removeAttribute(WAIT_ATTRIBUTE);
  return reactRoot;
}
