/**
 * The one reader of bash's syntax in the simulator: quoting, escapes, comments, `$?`, `$(…)` and
 * the control operators. The docker CLI's word splitting (cli/tokenize.ts), the terminal's lists
 * and substitutions (shell/line.ts) and the continuation of an unfinished line all read a line
 * through it, so they can never disagree about where a quote ends.
 *
 * Bash's rules, as implemented here:
 * - blanks (space, tab, newline) separate words; adjacent parts join (`a'b'"c"` is `abc`);
 * - '…' keeps everything literally; "…" keeps everything but `$`, `` ` ``, `"`, `\` and newline,
 *   which a backslash escapes; outside quotes a backslash escapes the next character and
 *   backslash-newline disappears;
 * - an unquoted `#` at the start of a word comments out the rest of the line;
 * - with `expansions`, `$?` and `$(…)` are expansions outside single quotes (other `$` are text);
 * - with `operators`, `;` `&&` `||` separate commands, and `|` `&` `<` `>` `>>` `` ` `` `(` `)`
 *   are reported as operators (the terminal names them as not simulated).
 */

export type Quote = 'none' | 'single' | 'double';

export type Part =
  | { kind: 'text'; text: string; quote: Quote }
  /** `$?`: the exit status of the last command. */
  | { kind: 'status'; quote: Quote }
  /** `$(…)`: the source between the parentheses, run and replaced by what it prints. */
  | { kind: 'subst'; source: string; quote: Quote };

export interface WordToken {
  kind: 'word';
  parts: Part[];
  /** Offsets into the line: the word is `line.slice(start, end)` as typed. */
  start: number;
  end: number;
}

export type Operator = ';' | '&&' | '||' | '|' | '&' | '<' | '>' | '>>' | '`' | '(' | ')';

export interface OpToken {
  kind: 'op';
  op: Operator;
  start: number;
  end: number;
}

export type Token = WordToken | OpToken;

export interface LexOptions {
  /** Read control operators (else `;`, `|` … are ordinary characters, as in one simple command). */
  operators?: boolean;
  /** Read `$?` and `$(…)` (else `$` is an ordinary character). */
  expansions?: boolean;
  /**
   * An unquoted newline ends a command as `;` does (a script's lines, read by `sh -c`); it is
   * reported as a `;` operator. Without it a newline is a blank, as in one typed line.
   */
  newlines?: boolean;
}

export type LexResult =
  | {
      ok: true;
      tokens: Token[];
      /** The line ends in an unescaped backslash (bash would read on; as one command it is kept). */
      trailingBackslash: boolean;
    }
  | {
      ok: false;
      /** What is still open at the end of the line. */
      open: "'" | '"' | '$(';
      /** Where it was opened. */
      openAt: number;
      /** bash's message for it. */
      error: string;
    };

const BLANKS = ' \t\n';
const DQUOTE_ESCAPABLE = '$`"\\\n';

/** bash's message for a line that ends inside quotes (interactive wording). */
export function unexpectedEof(open: "'" | '"' | '$('): string {
  const closing = open === '$(' ? ')' : open;
  return `bash: unexpected EOF while looking for matching \`${closing}'`;
}

/** Reads one line. Never throws. */
export function lex(line: string, options: LexOptions = {}): LexResult {
  const operators = options.operators ?? false;
  const expansions = options.expansions ?? false;
  const newlines = options.newlines ?? false;
  const tokens: Token[] = [];
  let parts: Part[] = [];
  let wordStart = -1;
  let text = '';
  let textQuote: Quote = 'none';
  let trailingBackslash = false;

  const flushText = () => {
    if (text !== '') parts.push({ kind: 'text', text, quote: textQuote });
    text = '';
  };
  const addText = (s: string, quote: Quote) => {
    if (quote !== textQuote) flushText();
    textQuote = quote;
    text += s;
  };
  const startWord = (at: number) => {
    if (wordStart < 0) wordStart = at;
  };
  const endWord = (at: number) => {
    flushText();
    if (wordStart >= 0) tokens.push({ kind: 'word', parts, start: wordStart, end: at });
    parts = [];
    wordStart = -1;
  };
  /** Reads `$(…)` starting at `i` (the `$`); returns the index after `)`, or -1 when it never closes. */
  const readSubst = (i: number, quote: Quote): number => {
    const end = matchParen(line, i + 2);
    if (end < 0) return -1;
    flushText();
    parts.push({ kind: 'subst', source: line.slice(i + 2, end), quote });
    return end + 1;
  };

  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (newlines && c === '\n') {
      endWord(i);
      tokens.push({ kind: 'op', op: ';', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (BLANKS.includes(c)) {
      endWord(i);
      i++;
      continue;
    }
    if (c === '#' && wordStart < 0) {
      // A comment runs to the end of its line (of the whole line when newlines are blanks).
      const nl = newlines ? line.indexOf('\n', i) : -1;
      if (nl < 0) break;
      i = nl;
      continue;
    }
    if (operators) {
      const op = operatorAt(line, i);
      if (op) {
        endWord(i);
        tokens.push({ kind: 'op', op, start: i, end: i + op.length });
        i += op.length;
        continue;
      }
    }
    if (c === '\\') {
      const next = line[i + 1];
      if (next === undefined) {
        startWord(i);
        addText('\\', 'none');
        trailingBackslash = true;
        i++;
        continue;
      }
      if (next === '\n') {
        i += 2;
        continue;
      }
      startWord(i);
      addText(next, 'none');
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, open: "'", openAt: i, error: unexpectedEof("'") };
      startWord(i);
      const inner = line.slice(i + 1, end);
      if (inner === '') parts.push({ kind: 'text', text: '', quote: 'single' });
      else addText(inner, 'single');
      i = end + 1;
      continue;
    }
    if (c === '"') {
      startWord(i);
      const open = i;
      i++;
      let empty = true;
      for (;;) {
        const d = line[i];
        if (d === undefined) return { ok: false, open: '"', openAt: open, error: unexpectedEof('"') };
        if (d === '"') break;
        const e = line[i + 1];
        if (d === '\\' && e !== undefined && DQUOTE_ESCAPABLE.includes(e)) {
          if (e !== '\n') addText(e, 'double');
          i += 2;
        } else if (expansions && d === '$' && e === '?') {
          flushText();
          parts.push({ kind: 'status', quote: 'double' });
          i += 2;
        } else if (expansions && d === '$' && e === '(') {
          const after = readSubst(i, 'double');
          if (after < 0) return { ok: false, open: '$(', openAt: i, error: unexpectedEof('$(') };
          i = after;
        } else {
          addText(d, 'double');
          i++;
        }
        empty = false;
      }
      if (empty) parts.push({ kind: 'text', text: '', quote: 'double' });
      i++;
      continue;
    }
    if (expansions && c === '$' && line[i + 1] === '?') {
      startWord(i);
      flushText();
      parts.push({ kind: 'status', quote: 'none' });
      i += 2;
      continue;
    }
    if (expansions && c === '$' && line[i + 1] === '(') {
      startWord(i);
      const after = readSubst(i, 'none');
      if (after < 0) return { ok: false, open: '$(', openAt: i, error: unexpectedEof('$(') };
      i = after;
      continue;
    }
    startWord(i);
    addText(c, 'none');
    i++;
  }
  endWord(i);
  return { ok: true, tokens, trailingBackslash };
}

const OPERATORS: readonly Operator[] = ['&&', '||', '>>', ';', '|', '&', '<', '>', '`', '(', ')'];

function operatorAt(line: string, i: number): Operator | null {
  for (const op of OPERATORS) if (line.startsWith(op, i)) return op;
  return null;
}

/**
 * The index of the `)` that closes a `$(` whose contents start at `from`, skipping quoted text
 * and nested parentheses; -1 when the line ends first.
 */
export function matchParen(line: string, from: number): number {
  let depth = 1;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (j >= line.length) return -1;
      i = j;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** A word's text when it has no expansions (parts joined). */
export function wordText(word: WordToken): string {
  return word.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}
