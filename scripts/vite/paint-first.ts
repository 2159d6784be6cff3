/**
 * The pre-rendered pages paint before any of their JavaScript runs: their stylesheets are put
 * into the HTML (no request stands between the HTML and its first paint), and the app's module
 * is imported only after that first paint (or after a short while, for a page opened in a
 * background tab, which never paints), instead of being fetched, compiled and run in competition
 * with it. The app then takes the pre-render over (src/page/mount.tsx).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g;
const PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const ENTRY = /<script type="module"[^>]*src="(\.\/[^"]+\.js)"[^>]*><\/script>/;

export function paintFirst(html: string, outDir: string): string {
  const entry = ENTRY.exec(html)?.[1];
  if (!entry) throw new Error('no module entry to defer');
  const loader =
    '<script type="module">' +
    `let go=()=>{go=()=>{};import(${JSON.stringify(entry)})};` +
    'requestAnimationFrame(()=>setTimeout(()=>go()));setTimeout(()=>go(),250)' +
    '</script>';
  return html
    .replace(STYLESHEET, (_m, file: string) => `<style>${readFileSync(join(outDir, file), 'utf8')}</style>`)
    .replace(PRELOAD, '')
    .replace(ENTRY, () => loader);
}
