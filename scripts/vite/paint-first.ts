/**
 * The pre-rendered pages paint before any of their JavaScript runs: their stylesheets are put
 * into the HTML (no request stands between the HTML and its first paint), and the app's module
 * is imported only after that first paint is on screen, instead of being fetched, compiled and run
 * in competition with it. The app then takes the pre-render over (src/page/mount.tsx).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g;
const PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const ENTRY = /<script type="module"[^>]*src="(\.\/[^"]+\.js)"[^>]*><\/script>/;

export function paintFirst(html: string, outDir: string): string {
  const entry = ENTRY.exec(html)?.[1];
  if (!entry) throw new Error('no module entry to defer');
  // Loads the app once the first paint is on screen (the paint timing entry arrives after the
  // frame is presented, so the app's download and compile never compete with its raster). At once
  // when nothing will be painted first: a first view kept hidden (index.html's `data-wait`) or a
  // background tab. A second is the limit either way.
  const loader =
    '<script type="module">' +
    `let go=()=>{go=()=>{};import(${JSON.stringify(entry)})};` +
    "if(document.documentElement.hasAttribute('data-wait')||document.visibilityState==='hidden')go();" +
    "else{try{new PerformanceObserver((l,o)=>{o.disconnect();setTimeout(()=>go())}).observe({type:'paint',buffered:true})}" +
    'catch(e){requestAnimationFrame(()=>setTimeout(()=>go()))}setTimeout(()=>go(),1000)}' +
    '</script>';
  return html
    .replace(STYLESHEET, (_m, file: string) => `<style>${readFileSync(join(outDir, file), 'utf8')}</style>`)
    .replace(PRELOAD, '')
    .replace(ENTRY, () => loader);
}
