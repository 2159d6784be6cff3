import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';

type Key = keyof typeof en;
const keys = Object.keys(en) as Key[];

/** Placeholders such as `{name}`. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Docker's own words, which stay as they are in every language: docker commands, flags, signal
 * names, exit codes, inspect fields.
 */
const dockerWords = (s: string) =>
  [
    ...new Set(
      [
        ...s.matchAll(
          /docker [a-z]+(?: -[a-z]+)?|(?<![\w-])--?[a-z][a-z-]*|SIG[A-Z]+|\b(?:1[2-4]\d|255)\b|\b[A-Z][a-zA-Z]+(?:Count|Killed)\b|STOPSIGNAL/g,
        ),
      ].map((m) => m[0]),
    ),
  ].sort();

describe('the message catalogs', () => {
  it('have exactly the same keys in English and Korean', () => {
    expect(Object.keys(ko).sort()).toEqual([...keys].sort());
  });

  it('have no empty message in either language', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(ko)]) expect(text.trim(), key).not.toBe('');
  });

  it('keep every placeholder of a message in both languages', () => {
    for (const key of keys) expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
  });

  it('keep Docker’s words untranslated in the panels’, explanations’ and announcements’ messages', () => {
    const ours = keys.filter((k) => /^(panel|explain|announce)\./.test(k));
    expect(ours.length).toBeGreaterThan(50);
    for (const key of ours) expect(dockerWords(ko[key]), key).toEqual(dockerWords(en[key]));
  });

  it('name each state with its Docker word in Korean too, then the Korean term: `running · 실행 중`', () => {
    for (const key of keys.filter((k) => k.startsWith('announce.state.'))) {
      expect(ko[key], key).toMatch(new RegExp(`^${en[key]} · \\S`));
    }
  });

  it('never leave a Korean particle for the reader to pick, as in `web은(는)`', () => {
    for (const [key, text] of Object.entries(ko)) expect(text, key).not.toMatch(/\((은|는|이|가|을|를|와|과|으)\)/);
  });
});
