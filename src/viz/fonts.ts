/**
 * The picture's font families: local ones only, so a saved SVG needs nothing from the network.
 * Short, because each family tried costs the page's first paint a lookup; Hangul comes from the
 * system's fallback font.
 */
export const SANS = "system-ui, -apple-system, 'Segoe UI', sans-serif";
export const MONO = 'ui-monospace, Menlo, Consolas, monospace';
