/**
 * Word splitting for one simple command, as bash does it (no expansions, no operators).
 *
 * - blanks (space, tab, newline) separate words;
 * - '…' keeps everything literally;
 * - "…" keeps everything except that a backslash escapes $ ` " \ and newline;
 * - outside quotes a backslash escapes the next character (backslash-newline is removed);
 *   a backslash at the very end stays literal, as with `bash -c 'echo a\'`;
 * - adjacent parts join into one word (`a'b'"c"` is `abc`), and `''` / `""` give an empty word;
 * - an unquoted `#` at the start of a word starts a comment (bash's interactive_comments default).
 *
 * Shell metacharacters (`; | & < > ( )`) and `$` are kept as ordinary characters: the simulator
 * runs one docker command per line.
 */

export type TokenizeResult = { ok: true; words: string[] } | { ok: false; error: string; exitCode: number };

/** bash's message for an unterminated quote (interactive wording: `bash -c` adds "-c: line 1: "). */
const unexpectedEof = (quote: string): TokenizeResult => ({
  ok: false,
  error: `bash: unexpected EOF while looking for matching \`${quote}'`,
  exitCode: 2,
});

const BLANKS = ' \t\n';
const DQUOTE_ESCAPABLE = '$`"\\\n';

export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;

  const finish = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };

  while (i < line.length) {
    const c = line[i] ?? '';
    if (BLANKS.includes(c)) {
      finish();
      i++;
    } else if (c === '#' && !inWord) {
      break;
    } else if (c === '\\') {
      inWord = true;
      const next = line[i + 1];
      if (next === undefined) word += '\\';
      else if (next !== '\n') word += next;
      i += 2;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return unexpectedEof("'");
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      for (;;) {
        const d = line[i];
        if (d === undefined) return unexpectedEof('"');
        if (d === '"') break;
        const e = line[i + 1];
        if (d === '\\' && e !== undefined && DQUOTE_ESCAPABLE.includes(e)) {
          if (e !== '\n') word += e;
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  finish();
  return { ok: true, words };
}
