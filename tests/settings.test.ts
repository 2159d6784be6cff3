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

  it('opens presenter mode with ?present, a demo with ?demo= and a lesson with ?lesson=', () => {
    expect(parseSettings('?present').present).toBe(true);
    expect(parseSettings('?present=1').present).toBe(true);
    expect(parseSettings('?present=0').present).toBe(false);
    expect(parseSettings('').present).toBe(false);
    const demo = `# a caption\ndocker run -d --name web nginx\nsleep 2`;
    expect(parseSettings(`?demo=${encodeURIComponent(demo)}`).demo).toBe(demo);
    expect(parseSettings('?lesson=01-first-container').lesson).toBe('01-first-container');
    expect(parseSettings(`?demo=${encodeURIComponent(demo)}&demoAt=2`).demoAt).toBe(2);
    expect(parseSettings('?demoAt=2').problems).toEqual(['demoAt=2']);
  });

  it('reports a malformed presenter, demo or lesson setting and ignores it', () => {
    const s = parseSettings(`?present=maybe&demo=&lesson=${encodeURIComponent('<img src=x>')}`);
    expect(s).toMatchObject({ present: false, demo: null, lesson: null });
    expect(s.problems).toEqual(['present=maybe', 'demo', 'lesson=<img src=x>']);
  });

  it('offers the first lesson only when the address asks for nothing in particular', () => {
    expect(parseSettings('').plain).toBe(true);
    expect(parseSettings('?lang=ko&theme=dark').plain).toBe(true);
    expect(parseSettings('?present').plain).toBe(false);
    expect(parseSettings('?lesson=01-first-container').plain).toBe(false);
    expect(parseSettings(`?script=${encodeURIComponent('docker ps')}`).plain).toBe(false);
  });
});
