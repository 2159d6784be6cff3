import { describe, expect, it } from 'vitest';
import { lex } from '../../../machines/shell/lexer';
import {
  completeQuoted,
  continues,
  expandWords,
  joinWords,
  parseLine,
  type Expansions,
} from '../../../machines/shell/line';

const texts = (line: string) => {
  const p = parseLine(line);
  return p.kind === 'list' ? p.items.map((i) => [i.op, i.text]) : p;
};

const expand = (line: string, env: Partial<Expansions> = {}) => {
  const p = parseLine(line);
  if (p.kind !== 'list') throw new Error(p.kind);
  return p.items.map((i) =>
    expandWords(i.words, { status: env.status ?? 0, substitute: env.substitute ?? (() => '') }),
  );
};

describe('the shell lexer', () => {
  it('is one reader for quotes: the CLI mode keeps operators and $ as text, the shell mode reads them', () => {
    const cli = lex('echo a;b $? "x"');
    expect(cli.ok && cli.tokens.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'word']);
    const shell = lex('echo a;b $? "x"', { operators: true, expansions: true });
    expect(
      shell.ok && shell.tokens.map((t) => (t.kind === 'op' ? t.op : t.parts.map((p) => p.kind).join('+'))),
    ).toEqual(['text', 'text', ';', 'text', 'status', 'text']);
  });

  it("reports what is left open and where, with bash's message", () => {
    expect(lex("docker stop 'we")).toEqual({
      ok: false,
      open: "'",
      openAt: 12,
      error: "bash: unexpected EOF while looking for matching `''",
    });
    expect(lex('echo $(docker ps', { expansions: true })).toMatchObject({ ok: false, open: '$(' });
  });

  it('never throws on any text', () => {
    for (const line of ['\\', '"\\', "'", '$(', '$((', '")', '$("a', '#', ';;;', '&&', '\u0000']) {
      expect(() => lex(line, { operators: true, expansions: true })).not.toThrow();
    }
  });
});

describe('bash lists: ; && ||', () => {
  it('splits a line on ; && || outside quotes and substitutions', () => {
    expect(texts('docker stop web; docker ps')).toEqual([
      [null, 'docker stop web'],
      [';', 'docker ps'],
    ]);
    expect(texts(`docker ps && echo 'a;b' || echo "c&&d"`)).toEqual([
      [null, 'docker ps'],
      ['&&', "echo 'a;b'"],
      ['||', 'echo "c&&d"'],
    ]);
    expect(texts('docker rm -f $(docker ps -aq; true)')).toEqual([[null, 'docker rm -f $(docker ps -aq; true)']]);
    expect(texts('echo a\\;b')).toEqual([[null, 'echo a\\;b']]);
    expect(texts('docker ps # a; b')).toEqual([[null, 'docker ps']]);
    expect(texts('')).toEqual([[null, '']]);
  });

  it('reports pipes, redirections, background jobs and backquotes as not simulated', () => {
    expect(parseLine('docker ps -a | grep web')).toEqual({ kind: 'unsupported', operator: '|' });
    expect(parseLine('docker ps >> out.txt')).toEqual({ kind: 'unsupported', operator: '>>' });
    expect(parseLine('docker run nginx &')).toEqual({ kind: 'unsupported', operator: '&' });
    expect(parseLine('echo `date`')).toEqual({ kind: 'unsupported', operator: '`' });
  });
});

describe('expansions: $? and $(…)', () => {
  it(`expands $? inside double quotes that hold a single quote: echo "it's $?"`, () => {
    expect(expand(`echo "it's $?"`, { status: 125 })).toEqual([{ ok: true, words: ['echo', "it's 125"] }]);
  });

  it('expands $? outside single quotes only', () => {
    expect(expand(`echo $? "$?" '$?'`, { status: 1 })).toEqual([{ ok: true, words: ['echo', '1', '1', '$?'] }]);
  });

  it('splits an unquoted substitution into words, keeps a quoted one whole, drops trailing newlines', () => {
    const substitute = (c: string) => (c === 'docker ps -aq' ? 'a1\nb2\n' : c === 'wait' ? null : '');
    expect(expand('docker rm -f $(docker ps -aq)', { substitute })).toEqual([
      { ok: true, words: ['docker', 'rm', '-f', 'a1', 'b2'] },
    ]);
    expect(expand('echo "$(docker ps -aq)"', { substitute })).toEqual([{ ok: true, words: ['echo', 'a1\nb2'] }]);
    expect(expand("echo '$(docker ps -aq)'", { substitute })).toEqual([
      { ok: true, words: ['echo', '$(docker ps -aq)'] },
    ]);
    expect(expand('echo $(wait)', { substitute })).toEqual([{ ok: false, command: 'wait' }]);
  });

  it('gives no word for an unquoted empty substitution, and an empty word for a quoted one', () => {
    expect(expand('docker rm $(true)')).toEqual([{ ok: true, words: ['docker', 'rm'] }]);
    expect(expand('docker rm "$(true)"')).toEqual([{ ok: true, words: ['docker', 'rm', ''] }]);
  });

  it('joins words back into a line that gives the same words', () => {
    const words = ['docker', 'run', 'busybox', 'sh', '-c', "echo 'hi'; exit 3", ''];
    const again = expand(joinWords(words));
    expect(again).toEqual([{ ok: true, words }]);
  });
});

describe('a line that bash reads on at >', () => {
  it('continues with an open quote, an open $( or a trailing backslash', () => {
    expect(continues("echo 'a")).toBe(true);
    expect(continues("echo 'a\nb'")).toBe(false);
    expect(continues('docker run \\')).toBe(true);
    expect(continues('echo a\\\\')).toBe(false);
    expect(continues('docker rm $(docker ps -q')).toBe(true);
  });
});

describe('Tab completion inside a quote', () => {
  it('completes a word that opens with a quote, and closes the quote on a single match', () => {
    const names = ['web', 'db', 'dbx'];
    const complete = (line: string) => {
      const start = line.lastIndexOf(' ') + 1;
      const word = line.slice(start);
      const candidates = names.filter((n) => n.startsWith(word));
      const only = candidates.length === 1 ? `${candidates[0]} ` : word;
      return { start, candidates, line: line.slice(0, start) + only };
    };
    expect(completeQuoted('docker stop "we', complete)).toEqual({ candidates: ['web'], line: 'docker stop "web" ' });
    expect(completeQuoted("docker stop 'd", complete)).toEqual({ candidates: ['db', 'dbx'], line: "docker stop 'd" });
    expect(completeQuoted('docker stop x"we', complete).line).toBe('docker stop x"we');
    expect(completeQuoted('docker stop "zz', complete)).toEqual({ candidates: [], line: 'docker stop "zz' });
  });
});
