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

/** A command line as the terminal shows it: control characters visible, and bash's `> ` before each continued line. */
export function shownCommand(line: string): string {
  return visible(line).split('\n').join('\n> ');
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

/** One command of a list, with the operator that joins it to the one before (null for the first). */
export interface ListItem {
  text: string;
  op: ';' | '&&' | '||' | null;
}

export type ParsedLine =
  | { kind: 'list'; items: ListItem[] }
  /** A pipe, a redirection, `&` or a backquote: this terminal runs docker commands without them. */
  | { kind: 'unsupported'; operator: string };

/**
 * Splits a line into the commands of a bash list (`a; b`, `a && b`, `a || b`), outside quotes and
 * command substitutions. Pipes, redirections, background jobs and backquotes are reported, not run.
 * A `#` that starts a word comments out the rest, operators included.
 */
export function splitList(line: string): ParsedLine {
  const items: ListItem[] = [];
  let text = '';
  let op: ListItem['op'] = null;
  let quote: "'" | '"' | null = null;
  let depth = 0;
  const push = (next: ListItem['op']) => {
    items.push({ text: text.trim(), op });
    text = '';
    op = next;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    const next = line[i + 1] ?? '';
    if (c === '\\' && quote !== "'") {
      text += c + next;
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
      text += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      text += c;
      continue;
    }
    if (c === '$' && next === '(') {
      depth++;
      text += '$(';
      i++;
      continue;
    }
    if (depth > 0) {
      if (c === ')') depth--;
      text += c;
      continue;
    }
    if (c === '#' && (text === '' || /\s$/.test(text))) {
      text += line.slice(i);
      break;
    }
    if (c === ';') push(';');
    else if (c === '&' && next === '&') {
      push('&&');
      i++;
    } else if (c === '|' && next === '|') {
      push('||');
      i++;
    } else if (c === '|' || c === '>' || c === '<' || c === '&' || c === '`') {
      return { kind: 'unsupported', operator: c === '>' && next === '>' ? '>>' : c };
    } else text += c;
  }
  push(null);
  return { kind: 'list', items: items.filter((item, i) => item.text !== '' || (i === 0 && items.length === 1)) };
}

/**
 * bash's `$(…)`, outside single quotes: replaced by what the command printed, without its trailing
 * newlines; unquoted, its words are split on blanks. `run` answers a command at once (null when it
 * would have to wait, which this terminal does not do inside a substitution).
 */
export function expandSubstitutions(
  text: string,
  run: (command: string) => string | null,
): { ok: true; text: string } | { ok: false; command: string } {
  let out = '';
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\' && quote !== "'") {
      out += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (quote === "'") {
      if (c === "'") quote = null;
      out += c;
      continue;
    }
    if (c === "'" && quote === null) quote = "'";
    else if (c === '"') quote = quote === '"' ? null : '"';
    if (c === '$' && text[i + 1] === '(') {
      let depth = 1;
      let j = i + 2;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === '(') depth++;
        else if (text[j] === ')') depth--;
      }
      const command = text.slice(i + 2, j - 1);
      const printed = run(command);
      if (printed === null) return { ok: false, command };
      const value = printed.replace(/\n+$/, '');
      out += quote === '"' ? value : value.split(/\s+/).filter(Boolean).join(' ');
      i = j - 1;
      continue;
    }
    out += c;
  }
  return { ok: true, text: out };
}

/** A line that bash would continue on the next one: an open quote, or a backslash at its very end. */
export function continues(text: string, tokenize: (line: string) => { ok: boolean; error?: string }): boolean {
  const r = tokenize(text);
  if (!r.ok && (r.error ?? '').includes('unexpected EOF')) return true;
  const trailing = /(\\+)$/.exec(text)?.[1]?.length ?? 0;
  return trailing % 2 === 1;
}

/**
 * Tab completion for a word that starts with a quote (`docker stop "we`), as bash's readline does
 * it: the word is completed without its quote, and a single match is closed with the same quote.
 * Any other line goes to `complete` as it is.
 */
export function completeQuoted(
  head: string,
  complete: (line: string) => { start: number; candidates: string[]; line: string },
): { candidates: string[]; line: string } {
  let quote: "'" | '"' | null = null;
  let openedAt = -1;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
      openedAt = i;
    } else if (c === '\\') i++;
  }
  if (!quote || (openedAt > 0 && !/\s/.test(head[openedAt - 1] ?? ''))) return complete(head);
  const before = head.slice(0, openedAt);
  const r = complete(before + head.slice(openedAt + 1));
  const word = r.line.slice(r.start);
  const line = word.endsWith(' ') ? `${before}${quote}${word.trimEnd()}${quote} ` : `${before}${quote}${word}`;
  return { candidates: r.candidates, line: r.candidates.length === 0 ? head : line };
}
