/** What an embed's first markup depends on: the build pre-renders the defaults (src/prerender/). */
import type { Lang } from '../i18n/i18n';
import { viewKey } from '../page/mount';
import type { EmbedOptions } from './params';

export function embedViewKey(options: EmbedOptions, lang: Lang, theme: 'light' | 'dark'): string {
  return viewKey({
    lang,
    theme,
    level: options.level,
    panels: options.panels.join(','),
    controls: options.controls,
    play: options.play.length > 0,
    notice: options.problems.length > 0,
  });
}
