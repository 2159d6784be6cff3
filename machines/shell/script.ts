/**
 * The grammar of the `sh -c` scripts the simulated shell runs, read through the one lexer
 * (lexer.ts, with newlines ending commands): lists joined by `;`, `&&`, `||` and `&`, the loops
 * `while`/`until … do … done` and `for NAME in … do … done`, `if … then … [else …] fi`, and the
 * redirections `>&2`, `2>&1` and `>/dev/null`. Anything else (a pipe, `<`, a subshell) is
 * reported by name, so the process can say the simulator does not run it.
 */
import { lex, type Operator, type Token, type WordToken } from './lexer';

export type Redirect = 'stderr' | 'null';

export interface SimpleCommand {
  kind: 'simple';
  words: WordToken[];
  /** Where its standard output goes, when redirected. */
  stdout?: Redirect;
}

export interface WhileCommand {
  kind: 'while';
  /** `until`: the body runs while the condition fails. */
  until: boolean;
  cond: List;
  body: List;
}

export interface ForCommand {
  kind: 'for';
  name: string;
  items: WordToken[];
  body: List;
}

export interface IfCommand {
  kind: 'if';
  cond: List;
  then: List;
  otherwise: List | null;
}

export type Command = SimpleCommand | WhileCommand | ForCommand | IfCommand;

/** One command of a list and how it joins the one before (`null` for the first). */
export interface ListItem {
  command: Command;
  op: ';' | '&&' | '||' | null;
  /** Followed by `&`: run in the background. */
  background: boolean;
}

export type List = ListItem[];

export type ParsedScript =
  | { ok: true; list: List }
  /** `unsupported`: valid sh that the simulated shell does not run (a pipe, `<`, a subshell). */
  | { ok: false; error: string; unsupported: boolean };

const RESERVED = new Set(['do', 'done', 'then', 'else', 'elif', 'fi', 'in']);

function tokens(source: string): Token[] | { error: string } {
  const r = lex(source, { operators: true, expansions: true, newlines: true });
  if (!r.ok) return { error: 'unterminated quoted string' };
  return r.tokens;
}

/** The literal text of a word (quotes removed, no expansions). */
function plain(w: WordToken): string {
  return w.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

const isWord = (t: Token | undefined, text?: string): t is WordToken =>
  t !== undefined &&
  t.kind === 'word' &&
  (text === undefined || (plain(t) === text && t.parts.every((p) => p.kind === 'text' && p.quote === 'none')));

class Parser {
  private i = 0;
  constructor(private readonly ts: Token[]) {}

  private peek(): Token | undefined {
    return this.ts[this.i];
  }

  private skipSeparators(): void {
    while (this.peek()?.kind === 'op' && (this.peek() as { op: Operator }).op === ';') this.i++;
  }

  /** A list up to one of the `stop` keywords (left unread) or the end. */
  list(stop: readonly string[]): List {
    const out: List = [];
    let op: ListItem['op'] = null;
    this.skipSeparators();
    for (;;) {
      const t = this.peek();
      if (t === undefined) break;
      if (isWord(t) && stop.some((s) => isWord(t, s))) break;
      const command = this.command();
      let background = false;
      const next = this.peek();
      let joiner: ListItem['op'] = ';';
      if (next?.kind === 'op') {
        if (next.op === '&') background = true;
        if (next.op === '&&' || next.op === '||') joiner = next.op;
        if (['&', '&&', '||', ';'].includes(next.op)) this.i++;
        else throw unsupported(`'${next.op}'`);
      }
      out.push({ command, op, background });
      op = joiner;
      if (joiner === ';') this.skipSeparators();
    }
    return out;
  }

  private expect(keyword: string): void {
    this.skipSeparators();
    const t = this.peek();
    if (!isWord(t, keyword)) throw new ScriptError(`missing '${keyword}'`);
    this.i++;
  }

  private command(): Command {
    const t = this.peek();
    if (isWord(t, 'while') || isWord(t, 'until')) {
      this.i++;
      const until = isWord(t, 'until');
      const cond = this.list(['do']);
      this.expect('do');
      const body = this.list(['done']);
      this.expect('done');
      return { kind: 'while', until, cond, body };
    }
    if (isWord(t, 'for')) {
      this.i++;
      const name = this.peek();
      if (!isWord(name)) throw new ScriptError("'for'");
      this.i++;
      const items: WordToken[] = [];
      if (isWord(this.peek(), 'in')) {
        this.i++;
        for (let w = this.peek(); isWord(w) && !isWord(w, 'do'); w = this.peek()) {
          items.push(w);
          this.i++;
        }
      }
      this.expect('do');
      const body = this.list(['done']);
      this.expect('done');
      return { kind: 'for', name: plain(name), items, body };
    }
    if (isWord(t, 'if')) {
      this.i++;
      const cond = this.list(['then']);
      this.expect('then');
      const then = this.list(['else', 'fi', 'elif']);
      let otherwise: List | null = null;
      if (isWord(this.peek(), 'elif')) throw unsupported("'elif'");
      if (isWord(this.peek(), 'else')) {
        this.i++;
        otherwise = this.list(['fi']);
      }
      this.expect('fi');
      return { kind: 'if', cond, then, otherwise };
    }
    return this.simple();
  }

  private simple(): SimpleCommand {
    const words: WordToken[] = [];
    let stdout: Redirect | undefined;
    for (;;) {
      const t = this.peek();
      if (t === undefined) break;
      if (t.kind === 'word') {
        if (words.length === 0 && RESERVED.has(plain(t))) throw new ScriptError(`unexpected '${plain(t)}'`);
        words.push(t);
        this.i++;
        continue;
      }
      if (t.op === '>' || t.op === '>>') {
        // An fd number written against the operator (`2>&1`, `1>&2`) belongs to it.
        const last = words.at(-1);
        const fd = last && last.end === t.start && /^[0-9]$/.test(plain(last)) ? Number(plain(last)) : 1;
        if (fd !== 1 && last && last.end === t.start) words.pop();
        this.i++;
        const target = this.peek();
        let to: string;
        if (target?.kind === 'op' && target.op === '&') {
          this.i++;
          const n = this.peek();
          if (!isWord(n)) throw new ScriptError("'>&'");
          to = `&${plain(n)}`;
          this.i++;
        } else if (isWord(target)) {
          to = plain(target);
          this.i++;
        } else {
          throw new ScriptError(`'${t.op}'`);
        }
        if (fd === 1 && to === '&2') stdout = 'stderr';
        else if (fd === 1 && to === '/dev/null') stdout = 'null';
        else if (fd === 2 && (to === '&1' || to === '/dev/null')) continue;
        else throw unsupported(`'${t.op}' to a file`);
        continue;
      }
      if (t.op === ';' || t.op === '&' || t.op === '&&' || t.op === '||') break;
      throw unsupported(`'${t.op}'`);
    }
    if (words.length === 0) throw new ScriptError('an empty command');
    return { kind: 'simple', words, ...(stdout ? { stdout } : {}) };
  }

  atEnd(): boolean {
    this.skipSeparators();
    return this.i >= this.ts.length;
  }

  rest(): string {
    const t = this.peek();
    return t === undefined ? '' : t.kind === 'word' ? plain(t) : t.op;
  }
}

class ScriptError extends Error {
  constructor(
    message: string,
    readonly unsupported = false,
  ) {
    super(message);
  }
}

const unsupported = (what: string) => new ScriptError(what, true);

/**
 * Parses a script. A construct the simulated shell does not run comes back as an error naming
 * it (`'|'`, `'<'`, `'('` …), for the process to report.
 */
export function parseScript(source: string): ParsedScript {
  const ts = tokens(source);
  if ('error' in ts) return { ok: false, error: ts.error, unsupported: false };
  const parser = new Parser(ts);
  try {
    const list = parser.list([]);
    if (!parser.atEnd()) return { ok: false, error: `unexpected '${parser.rest()}'`, unsupported: false };
    return { ok: true, list };
  } catch (e) {
    if (e instanceof ScriptError) return { ok: false, error: e.message, unsupported: e.unsupported };
    throw e;
  }
}
