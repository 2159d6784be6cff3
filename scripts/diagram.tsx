/**
 * `npm run diagram`: the lifecycle diagram as standalone SVG files, drawn by the page's own code
 * (scene.ts + DiagramPicture) with no script, no external font and no stylesheet, so they render
 * as an <img> in a README, on GitHub and in a PDF. One file per level, theme and language:
 * docs/diagram/lifecycle-<level>-<theme>-<lang>.svg (and `tall` versions for narrow pages).
 *
 * `npm run diagram -- --highlight running` marks a state as a selected container's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { lifecycleGraph, type LifecycleState } from '../machines/index';
import { LIFECYCLE_STATES } from '../machines/vocabulary';
import en from '../src/i18n/en';
import ko from '../src/i18n/ko';
import { translator } from '../src/i18n/i18n';
import { buildScene, type Level, type Orientation } from '../src/viz/scene';
import { sceneTexts } from '../src/viz/sceneTexts';
import { DiagramPicture, PALETTES } from '../src/viz/DiagramPicture';

export interface StaticOptions {
  level: Level;
  orientation: Orientation;
  theme: 'light' | 'dark';
  lang: 'en' | 'ko';
  highlight?: LifecycleState;
}

/** One standalone SVG document. */
export function staticSvg(o: StaticOptions): string {
  const t = translator(o.lang === 'ko' ? ko : en);
  const scene = buildScene(lifecycleGraph(), { level: o.level, orientation: o.orientation, texts: sceneTexts(t) });
  const markup = renderToStaticMarkup(
    <DiagramPicture
      scene={scene}
      palette={PALETTES[o.theme]}
      title={t('diagram.label')}
      {...(o.highlight ? { emphasis: { current: o.highlight, next: new Set<string>() } } : {})}
      idPrefix={`lifecycle-${o.level}-${o.theme}`}
    />,
  );
  const v = scene.viewBox;
  // A file has a size of its own; on a page the SVG takes its container's width.
  const sized = markup.replace(/^<svg /, `<svg width="${Math.round(v.width)}" height="${Math.round(v.height)}" `);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${sized.replace(/ style="[^"]*"/, '')}\n`;
}

export const FILES: StaticOptions[] = (['lifecycle', 'all'] as const).flatMap((level) =>
  (['wide', 'tall'] as const).flatMap((orientation) =>
    (['light', 'dark'] as const).flatMap((theme) =>
      (['en', 'ko'] as const).map((lang) => ({ level, orientation, theme, lang })),
    ),
  ),
);

export function fileName(o: StaticOptions): string {
  return `lifecycle-${o.level}-${o.orientation}-${o.theme}-${o.lang}${o.highlight ? `-${o.highlight}` : ''}.svg`;
}

function main(): void {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const out = join(root, 'docs', 'diagram');
  mkdirSync(out, { recursive: true });
  const at = process.argv.indexOf('--highlight');
  const asked = at >= 0 ? process.argv[at + 1] : undefined;
  const highlight = LIFECYCLE_STATES.find((s) => s === asked);
  if (at >= 0 && !highlight) {
    console.error(`--highlight needs one of: ${LIFECYCLE_STATES.join(', ')} (got ${asked ?? 'nothing'})`);
    process.exit(2);
  }
  for (const o of FILES) {
    const options = highlight ? { ...o, highlight } : o;
    writeFileSync(join(out, fileName(options)), staticSvg(options));
  }
  console.log(`wrote ${FILES.length} SVG files to docs/diagram/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
