/**
 * The message catalog: one language loaded at a time (the other is never fetched), `t()` to read
 * it. Only UI text lives here; Docker's own words never do.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey, Messages } from './en';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

/** Loads one catalog; each language is its own chunk. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const mod = lang === 'ko' ? await import('./ko') : await import('./en');
  return mod.default;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(messages: Messages): Translate {
  return (key, params) => {
    const text: string = messages[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

interface I18n {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, messages, children }: { lang: Lang; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(messages) }), [lang, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
