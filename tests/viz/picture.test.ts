/**
 * The picture as a file: the SVGs in docs/diagram are what `npm run diagram` draws now (they are
 * the README's images, so they cannot go stale), they stand alone, and their colours meet WCAG AA.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, fileName, staticSvg } from '../../scripts/diagram';
import { PALETTES, type Palette } from '../../src/viz/DiagramPicture';
import { LIFECYCLE_STATES } from '../../machines/vocabulary';

/** Plot's way: numbers to a fixed precision, so that a float's last digit is no difference. */
const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1)).replace(/\s+$/, '');

describe('the static diagrams', () => {
  it.each(FILES.map((f) => [fileName(f), f] as const))('%s is what the code draws now', (name, options) => {
    const committed = readFileSync(join('docs', 'diagram', name), 'utf8');
    expect(normalise(committed), `docs/diagram/${name} is stale: run npm run diagram and commit the result`).toBe(
      normalise(staticSvg(options)),
    );
  });

  it('stand alone: no script, no external font, stylesheet or image, and a title', () => {
    for (const f of FILES) {
      const svg = staticSvg(f);
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg width="\d+" height="\d+" /);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).not.toMatch(/<script|<style|<link|@import|@font-face|href="http|url\(http|<foreignObject/i);
      expect(svg).toMatch(/<title>[^<]+<\/title>/);
    }
  });

  it('draw every state of the level, in Docker’s words, with the Korean gloss in Korean', () => {
    const en = staticSvg({ level: 'all', orientation: 'wide', theme: 'light', lang: 'en' });
    const ko = staticSvg({ level: 'all', orientation: 'wide', theme: 'light', lang: 'ko' });
    for (const state of LIFECYCLE_STATES) {
      expect(en).toContain(`>${state}</text>`);
      expect(ko).toContain(`>${state}</text>`);
    }
    expect(ko).toContain('>실행 중</text>');
    expect(en).not.toContain('실행 중');
    const lifecycle = staticSvg({ level: 'lifecycle', orientation: 'wide', theme: 'light', lang: 'en' });
    expect(lifecycle).not.toContain('>dead</text>');
  });

  it('marks the highlighted state as a selected container’s', () => {
    const plain = staticSvg({ level: 'lifecycle', orientation: 'wide', theme: 'light', lang: 'en' });
    const marked = staticSvg({
      level: 'lifecycle',
      orientation: 'wide',
      theme: 'light',
      lang: 'en',
      highlight: 'paused',
    });
    expect(marked).not.toBe(plain);
    expect(marked).toContain(`stroke="${PALETTES.light.accent}"`);
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the picture’s colours meet WCAG AA', () => {
  it.each(['light', 'dark', 'contrast'] as const)('%s: text 4.5:1, lines and shapes 3:1', (theme) => {
    const p: Palette = PALETTES[theme];
    const pairs: [string, string, string, number][] = [
      ['command chip text', p.text, p.chip, 4.5],
      ['automatic chip text', p.muted, p.background, 4.5],
      ['token name', p.background, p.text, 4.5],
      ['edge', p.edge, p.background, 3],
      ['emphasised edge', p.accent, p.background, 3],
      ['chip border', p.chipBorder, p.background, 3],
      ...LIFECYCLE_STATES.flatMap((s): [string, string, string, number][] => [
        [`${s} name`, p.text, p.node[s], 4.5],
        [`${s} mark`, p.muted, p.node[s], 3],
        [`${s} outline`, p.nodeBorder, p.background, 3],
      ]),
    ];
    const failing = pairs
      .filter(([, fg, bg, need]) => contrast(fg, bg) < need)
      .map(([what, fg, bg, need]) => `${what}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1 (needs ${need})`);
    expect(failing).toEqual([]);
  });

  it('the check fails a pair that is too faint', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  });
});
