/**
 * The line editor's text helpers: what is done to text on its way in (pasted lines, control
 * characters) and out (made visible), and the history the arrow keys browse. How bash reads a
 * line is the model's (machines/shell); nothing here splits or parses a command.
 */

/**
 * A line as the terminal takes it in: C0 control characters and DEL cannot be typed into a line
 * editor as text (they are keys: Ctrl+C, Esc…), so pasted ones are dropped; a tab becomes a space.
 */
export function sanitizeLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

/**
 * Pasted text joined into the line being edited: every line that ends with a newline runs, in
 * order; the text after the last newline stays in the editor, as in a real terminal.
 */
export function splitPaste(before: string, pasted: string, after: string): { run: string[]; keep: string } {
  const lines = `${before}${pasted}`.split(/\r\n|\r|\n/);
  const last = lines.pop() ?? '';
  return { run: lines.map(sanitizeLine), keep: sanitizeLine(last + after) };
}

/**
 * Control characters that reached the output anyway (a `?script=` line, a container's own output)
 * shown as `cat -v` does (`^[`, `^G`), so that nothing invisible or disruptive reaches the page.
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) =>
    c === '\u007f' ? '^?' : `^${String.fromCharCode(c.charCodeAt(0) + 64)}`,
  );
}

/** A command line as the terminal shows it: control characters visible, and bash's `> ` before each continued line. */
export function shownCommand(line: string): string {
  return visible(line).split('\n').join('\n> ');
}

/** A line of command history: the next older (`up`) or newer one, and the draft kept while browsing. */
export interface HistoryCursor {
  /** Index into the history, or null while editing the draft. */
  index: number | null;
  draft: string;
}

export function browseHistory(
  history: readonly string[],
  cursor: HistoryCursor,
  current: string,
  direction: 'up' | 'down',
): { cursor: HistoryCursor; line: string } | null {
  if (history.length === 0) return null;
  if (direction === 'up') {
    if (cursor.index === 0) return null;
    const index = cursor.index === null ? history.length - 1 : cursor.index - 1;
    const draft = cursor.index === null ? current : cursor.draft;
    return { cursor: { index, draft }, line: history[index] ?? '' };
  }
  if (cursor.index === null) return null;
  if (cursor.index >= history.length - 1) return { cursor: { index: null, draft: '' }, line: cursor.draft };
  const index = cursor.index + 1;
  return { cursor: { index, draft: cursor.draft }, line: history[index] ?? '' };
}
