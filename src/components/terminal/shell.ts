/**
 * The little shell around the docker CLI: the lines the terminal answers itself (`clear`, `echo`,
 * `history`, `help`), `$?`, and what is done to text on its way in (pasted lines, control
 * characters) and out (made visible). Pure functions; the docker commands go to the engine.
 */

/** The builtins the terminal answers itself; everything else goes to the engine (which says `bash: ls: command not found`). */
export type Builtin =
  { kind: 'clear' } | { kind: 'echo'; args: string } | { kind: 'history' } | { kind: 'help' } | { kind: 'blank' };

/** Which builtin a line is, or null for a line the engine runs. */
export function builtinOf(line: string): Builtin | null {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'blank' };
  const word = trimmed.split(/[ \t]+/)[0] ?? '';
  switch (word) {
    case 'clear':
      return { kind: 'clear' };
    case 'history':
      return { kind: 'history' };
    case 'help':
      return { kind: 'help' };
    case 'echo':
      return { kind: 'echo', args: trimmed.slice(4).replace(/^[ \t]+/, '') };
    default:
      return null;
  }
}

/** bash's `$?` (the last exit code), expanded outside single quotes, as bash does. */
export function expandStatus(text: string, status: number): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '$' && text[i + 1] === '?') {
      out += String(status);
      i++;
    } else out += c;
  }
  return out;
}

/** `history`'s listing: bash's numbering, right-aligned in five columns, two spaces, the line. */
export function historyListing(lines: readonly string[]): string {
  return lines.map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join('');
}

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

/**
 * The exit code `$?` holds now: the last command that finished, in the order they were entered
 * (clicked commands included: they are echoed in this terminal as the commands they stand for).
 */
export function lastStatus(entries: readonly { result: { exitCode: number } | null }[]): number {
  for (let i = entries.length - 1; i >= 0; i--) {
    const r = entries[i]?.result;
    if (r) return r.exitCode;
  }
  return 0;
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
