import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPT, parseSettings } from '../src/settings';

describe('page settings from the address', () => {
  it('opens in Korean with ?lang=ko and in English with ?lang=en', () => {
    expect(parseSettings('?lang=ko').lang).toBe('ko');
    expect(parseSettings('?lang=en', { lang: 'ko' }).lang).toBe('en');
  });

  it('follows the browser language when the address says nothing', () => {
    expect(parseSettings('', { lang: 'ko' }).lang).toBe('ko');
    expect(parseSettings('').lang).toBe('en');
  });

  it('reports what it did not understand and uses the defaults instead', () => {
    const s = parseSettings('?lang=xx&speed=9&theme=neon');
    expect(s).toMatchObject({ lang: 'en', speed: 1, theme: 'light' });
    expect(s.problems).toEqual(['lang=xx', 'speed=9', 'theme=neon']);
  });

  it('accepts the speeds from a quarter to four times, and instant', () => {
    expect(parseSettings('?speed=0.25').speed).toBe(0.25);
    expect(parseSettings('?speed=4').speed).toBe(4);
    expect(parseSettings('?speed=instant').speed).toBe('instant');
  });

  it('takes a script of lines separated by ;; or new lines, each kept where it stands (bad ones are reported as they run)', () => {
    const s = parseSettings(`?script=${encodeURIComponent('docker run -d --name a1 nginx;; docker pause a1')}`);
    expect(s.script).toEqual(['docker run -d --name a1 nginx', 'docker pause a1']);
    const bad = parseSettings(`?script=${encodeURIComponent('rm -rf /;;\n;; docker ps')}`);
    expect(bad.script).toEqual(['rm -rf /', '', '', 'docker ps']);
    expect(bad.problems).toEqual([]);
    expect(parseSettings('').script).toEqual(DEFAULT_SCRIPT);
  });
});
