import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../machines/cli/tokenize';

const words = (line: string): string[] => {
  const r = tokenize(line);
  if (!r.ok) throw new Error(r.error);
  return r.words;
};

describe('tokenize splits a line like bash does for a simple command', () => {
  it('separates words on spaces, tabs and repeated blanks', () => {
    expect(words('  docker \t ps   -a ')).toEqual(['docker', 'ps', '-a']);
  });

  it('returns no words for a blank line', () => {
    expect(words('   ')).toEqual([]);
  });

  it("keeps a single-quoted script as one word: sh -c 'sleep 1; exit 1' gives 3 args", () => {
    expect(words("sh -c 'sleep 1; exit 1'")).toEqual(['sh', '-c', 'sleep 1; exit 1']);
  });

  it('keeps backslashes and double quotes literally inside single quotes', () => {
    expect(words(`echo 'a\\b "c"'`)).toEqual(['echo', 'a\\b "c"']);
  });

  it('lets a backslash escape only $ ` " \\ inside double quotes', () => {
    expect(words(String.raw`echo "a\"b" "c\\d" "e\$f" "g\nh"`)).toEqual(['echo', 'a"b', 'c\\d', 'e$f', 'g\\nh']);
  });

  it('joins adjacent quoted and unquoted parts into one word', () => {
    expect(words(`a'b'"c"d`)).toEqual(['abcd']);
  });

  it('keeps empty quoted strings as empty words', () => {
    expect(words(`docker stop '' ""`)).toEqual(['docker', 'stop', '', '']);
  });

  it('lets a backslash outside quotes escape a blank or a quote', () => {
    expect(words(String.raw`a\ b \'c\"`)).toEqual(['a b', `'c"`]);
  });

  it('drops a backslash-newline and keeps a trailing backslash literally', () => {
    expect(words('ab\\\ncd e\\')).toEqual(['abcd', 'e\\']);
  });

  it('treats an unquoted # at the start of a word as a comment', () => {
    expect(words('docker ps # list them')).toEqual(['docker', 'ps']);
    expect(words('docker run a#b')).toEqual(['docker', 'run', 'a#b']);
    expect(words("echo '#x'")).toEqual(['echo', '#x']);
  });

  it('does not expand variables', () => {
    expect(words('echo $HOME "$HOME"')).toEqual(['echo', '$HOME', '$HOME']);
  });

  it("reports an unterminated single quote with bash's message and status 2", () => {
    expect(tokenize("echo 'a")).toEqual({
      ok: false,
      error: "bash: unexpected EOF while looking for matching `''",
      exitCode: 2,
    });
  });

  it("reports an unterminated double quote with bash's message", () => {
    expect(tokenize('docker run "busybox')).toEqual({
      ok: false,
      error: 'bash: unexpected EOF while looking for matching `"\'',
      exitCode: 2,
    });
  });

  it('does not count an escaped quote as closing a double-quoted string', () => {
    expect(tokenize('echo "a\\"').ok).toBe(false);
  });
});
