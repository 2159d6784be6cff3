/** The page's themes: light, dark, and high contrast (for a projector in a bright room). */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(v: unknown): v is Theme {
  return (THEMES as readonly unknown[]).includes(v);
}
