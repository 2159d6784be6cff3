/**
 * What bash does with a line typed at its prompt, as far as the simulator needs it: lists of
 * commands (`;`, `&&`, `||`), the expansions `$?` and `$(…)` with word splitting, an unfinished
 * line that goes on at a `>` prompt, and quoting words back into a line. All built on lexer.ts.
 */
import { lex, wordText, type Operator, type WordToken } from './lexer';

/** Options for a line typed at the prompt: operators and expansions are bash's. */
const SHELL = { operators: true, expansions: true } as const;

/** One simple command of a list, with the operator that joins it to the one before. */
export interface ListItem {
  /** The command as typed. */
  text: string;
  words: WordToken[];
  op: ';' | '&&' | '||' | null;
}

export type ParsedLine =
  | { kind: 'list'; items: ListItem[] }
  /** A pipe, a redirection, `&`, a backquote or a subshell: the simulator runs none of them. */
  | { kind: 'unsupported'; operator: Operator }
  /** An open quote or `$(` (bash would read on): its message, for Ctrl+D. */
  | { kind: 'incomplete'; error: string };

const RUN: ReadonlySet<Operator> = new Set<Operator>([';', '&&', '||']);

/** Splits a line into the commands of a bash list. An empty line is one empty item. */
export function parseLine(line: string): ParsedLine {
  const r = lex(line, SHELL);
  if (!r.ok) return { kind: 'incomplete', error: r.error };
  const items: ListItem[] = [];
  let words: WordToken[] = [];
  let op: ListItem['op'] = null;
  const push = (next: ListItem['op']) => {
    const first = words[0];
    const lastWord = words.at(-1);
    const text = first && lastWord ? line.slice(first.start, lastWord.end) : '';
    items.push({ text, words, op });
    words = [];
    op = next;
  };
  for (const t of r.tokens) {
    if (t.kind === 'word') words.push(t);
    else if (RUN.has(t.op)) push(t.op as ListItem['op']);
    else return { kind: 'unsupported', operator: t.op };
  }
  push(null);
  return { kind: 'list', items: items.filter((item, i) => item.words.length > 0 || (i === 0 && items.length === 1)) };
}

/** A line bash would read on at a `>` prompt: an open quote or `$(`, or a backslash at its end. */
export function continues(line: string): boolean {
  const r = lex(line, SHELL);
  return !r.ok || r.trailingBackslash;
}

/** What the expansions need: `$?`, and a command substitution run at once (null: it would wait). */
export interface Expansions {
  status: number;
  substitute(source: string): string | null;
}

export type Expanded = { ok: true; words: string[] } | { ok: false; command: string };

/**
 * The words of a command after `$?` and `$(…)`: a substitution's trailing newlines are dropped,
 * and outside double quotes its result is split on blanks (an unquoted empty result is no word).
 */
export function expandWords(words: readonly WordToken[], env: Expansions): Expanded {
  const out: string[] = [];
  for (const word of words) {
    let field = '';
    /** The field holds something that makes it a word even when empty (text, quotes). */
    let solid = false;
    for (const part of word.parts) {
      if (part.kind === 'text') {
        field += part.text;
        solid = true;
        continue;
      }
      let value: string;
      if (part.kind === 'status') value = String(env.status);
      else {
        const printed = env.substitute(part.source);
        if (printed === null) return { ok: false, command: part.source };
        value = printed.replace(/\n+$/, '');
      }
      if (part.quote !== 'none') {
        field += value;
        solid = true;
        continue;
      }
      const pieces = value.split(/[ \t\n]+/);
      const leading = pieces[0] === '';
      const trailing = pieces.length > 1 && pieces.at(-1) === '';
      const inner = pieces.filter((p) => p !== '');
      if (inner.length === 0) continue;
      if (leading && (field !== '' || solid)) {
        out.push(field);
        field = '';
        solid = false;
      }
      inner.forEach((p, i) => {
        if (i > 0) {
          out.push(field);
          field = '';
        }
        field += p;
        solid = true;
      });
      if (trailing) {
        out.push(field);
        field = '';
        solid = false;
      }
    }
    if (field !== '' || solid) out.push(field);
  }
  return { ok: true, words: out };
}

/** The words of a command as they are, without expansions (the first word decides a builtin). */
export function plainWords(words: readonly WordToken[]): string[] {
  return words.map(wordText);
}

/** Quotes a word for a POSIX shell when it needs it, as a user would type it. */
export function shellQuote(word: string): string {
  if (word === '') return "''";
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command line that gives exactly these words. */
export function joinWords(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
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
  const r = lex(head);
  if (r.ok || r.open === '$(') return complete(head);
  const openedAt = r.openAt;
  const quote = r.open;
  if (openedAt > 0 && !/\s/.test(head[openedAt - 1] ?? '')) return complete(head);
  const before = head.slice(0, openedAt);
  const done = complete(before + head.slice(openedAt + 1));
  const word = done.line.slice(done.start);
  const line = word.endsWith(' ') ? `${before}${quote}${word.trimEnd()}${quote} ` : `${before}${quote}${word}`;
  return { candidates: done.candidates, line: done.candidates.length === 0 ? head : line };
}
