/**
 * Word splitting for one simple command, as bash does it before it runs `docker`: the shell's
 * lexer (shell/lexer.ts) with no operators and no expansions, so `;`, `|`, `$` … are ordinary
 * characters here (the terminal reads lists and expansions before a command reaches the CLI).
 */
import { lex, wordText } from '../shell/lexer';

export type TokenizeResult = { ok: true; words: string[] } | { ok: false; error: string; exitCode: number };

export function tokenize(line: string): TokenizeResult {
  const r = lex(line);
  if (!r.ok) return { ok: false, error: r.error, exitCode: 2 };
  const words: string[] = [];
  for (const t of r.tokens) if (t.kind === 'word') words.push(wordText(t));
  return { ok: true, words };
}
