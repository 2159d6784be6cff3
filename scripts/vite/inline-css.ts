/**
 * A Vite plugin for builds whose CSS must travel inside the JavaScript (the web component puts it
 * into its shadow root; the React package hands it to React): `virtual:container-lifecycle-css`
 * is a placeholder string, which the bundle's CSS (every CSS module, in order) replaces; no CSS
 * file is written. With `remPx`, rem lengths become px, so a host page's root font size cannot
 * resize the component.
 */
import type { Plugin } from 'vite';

const ID = 'virtual:container-lifecycle-css';
const PLACEHOLDER = '__CONTAINER_LIFECYCLE_CSS__';

export function inlineCss(options: { remPx?: number } = {}): Plugin {
  return {
    name: 'container-lifecycle:inline-css',
    resolveId(id) {
      return id === ID ? `\0${ID}` : null;
    },
    load(id) {
      return id === `\0${ID}` ? `export default ${JSON.stringify(PLACEHOLDER)};` : null;
    },
    generateBundle(_output, bundle) {
      const assets = Object.values(bundle).filter((a) => a.type === 'asset' && a.fileName.endsWith('.css'));
      let css = assets.map((a) => (a.type === 'asset' ? String(a.source) : '')).join('\n');
      for (const a of assets) delete bundle[a.fileName];
      if (options.remPx)
        css = css.replace(
          /(\d*\.?\d+)rem\b/g,
          (_m, n: string) => `${Number((Number(n) * options.remPx!).toFixed(3))}px`,
        );
      let found = false;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(PLACEHOLDER)) continue;
        chunk.code = chunk.code.replace(new RegExp(`(["'\`])${PLACEHOLDER}\\1`, 'g'), () => JSON.stringify(css));
        found = true;
      }
      if (!found && css) this.error('the CSS has nowhere to go: nothing imports virtual:container-lifecycle-css');
    },
  };
}
