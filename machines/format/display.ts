/**
 * docker/cli cli/command/formatter/displayutils.go: TruncateID and Ellipsis.
 */
import { charWidth } from '../go/runewidth';

/**
 * stringid.TruncateID (moby client/pkg/stringid): drop an algorithm prefix such as `sha256:`,
 * then keep the first 12 characters.
 */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.length > 12 ? bare.slice(0, 12) : bare;
}

/**
 * Ellipsis truncates s to fit within maxDisplayWidth columns and appends `…`.
 * For plain ASCII the result is the first maxDisplayWidth-1 characters plus `…`, so a COMMAND
 * longer than 20 columns is shown as 19 characters and an ellipsis.
 */
export function ellipsis(s: string, maxDisplayWidth: number): string {
  if (maxDisplayWidth <= 0) return '';
  const rs = Array.from(s);
  if (maxDisplayWidth === 1) return rs[0] ?? '';
  const isAscii = rs.every((r) => (r.codePointAt(0) ?? 0) < 0x80);
  if (isAscii) {
    if (s.length <= maxDisplayWidth) return s;
    return rs.slice(0, maxDisplayWidth - 1).join('') + '…';
  }
  const display: number[] = [];
  let displayWidth = 0;
  for (const r of rs) {
    displayWidth += charWidth(r.codePointAt(0) ?? 0);
    display.push(displayWidth);
  }
  if (displayWidth <= maxDisplayWidth) return s;
  for (let i = 0; i < display.length; i++) {
    const here = display[i] ?? 0;
    const next = display[i + 1] ?? Infinity;
    if (here <= maxDisplayWidth - 1 && next > maxDisplayWidth - 1) {
      return rs.slice(0, i + 1).join('') + '…';
    }
  }
  return s;
}
