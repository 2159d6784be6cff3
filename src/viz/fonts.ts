/** The picture's font families: local ones only, so a saved SVG needs nothing from the network. */
export const SANS =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'NanumGothic', 'Apple SD Gothic Neo', sans-serif";
export const MONO =
  "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Noto Sans Mono CJK KR', 'NanumGothicCoding', monospace";
