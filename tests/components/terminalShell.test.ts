import { describe, expect, it } from 'vitest';
import {
  browseHistory,
  builtinOf,
  completeQuoted,
  continues,
  expandStatus,
  expandSubstitutions,
  historyListing,
  lastStatus,
  sanitizeLine,
  splitList,
  splitPaste,
  visible,
} from '../../src/components/terminal/shell';

describe('the terminal shell', () => {
  it('answers clear, echo, history and help itself, and hands everything else to the engine', () => {
    expect(builtinOf('  clear ')).toEqual({ kind: 'clear' });
    expect(builtinOf('echo  $? "a  b"')).toEqual({ kind: 'echo', args: '$? "a  b"' });
    expect(builtinOf('history')).toEqual({ kind: 'history' });
    expect(builtinOf('')).toEqual({ kind: 'blank' });
    expect(builtinOf('docker ps')).toBeNull();
    expect(builtinOf('ls')).toBeNull();
    expect(builtinOf('echoes')).toBeNull();
  });

  it('expands $? outside single quotes only, as bash does', () => {
    expect(expandStatus('$? "$?" \'$?\'', 125)).toBe('125 "125" \'$?\'');
    expect(expandStatus('$ ? $x', 1)).toBe('$ ? $x');
  });

  it("lists history as bash's history builtin does", () => {
    expect(historyListing(['docker ps', 'history'])).toBe('    1  docker ps\n    2  history\n');
  });

  it('takes $? from the last command that finished, 0 before any', () => {
    expect(lastStatus([])).toBe(0);
    expect(lastStatus([{ result: { exitCode: 1 } }, { result: { exitCode: 125 } }, { result: null }])).toBe(125);
  });

  it('drops control characters from a line, turns tabs into spaces, and shows stray ones in caret notation', () => {
    expect(sanitizeLine('docker\tps\u0007\u001b[0m\u007f')).toBe('docker ps[0m');
    expect(visible('a\u001b[31mb\u0007\u007f\nc')).toBe('a^[[31mb^G^?\nc');
  });

  it('runs every pasted line that ends with a newline and keeps the rest in the editor', () => {
    expect(splitPaste('docker ', 'ps\r\ndocker ps -a\ndocker in', 'spect')).toEqual({
      run: ['docker ps', 'docker ps -a'],
      keep: 'docker inspect',
    });
    expect(splitPaste('', 'docker ps\n', '')).toEqual({ run: ['docker ps'], keep: '' });
  });

  it('browses history upward from the draft and back down to it', () => {
    const history = ['one', 'two'];
    let cursor = { index: null as number | null, draft: '' };
    const up1 = browseHistory(history, cursor, 'draft', 'up');
    expect(up1?.line).toBe('two');
    cursor = up1!.cursor;
    const up2 = browseHistory(history, cursor, 'two', 'up');
    expect(up2?.line).toBe('one');
    expect(browseHistory(history, up2!.cursor, 'one', 'up')).toBeNull();
    const down1 = browseHistory(history, up2!.cursor, 'one', 'down');
    expect(down1?.line).toBe('two');
    const down2 = browseHistory(history, down1!.cursor, 'two', 'down');
    expect(down2).toEqual({ cursor: { index: null, draft: '' }, line: 'draft' });
    expect(browseHistory(history, down2!.cursor, 'draft', 'down')).toBeNull();
    expect(browseHistory([], cursor, '', 'up')).toBeNull();
  });

  it('splits a bash list on ; && || outside quotes and substitutions, and reports pipes and redirections', () => {
    expect(splitList('docker stop web; docker ps')).toEqual({
      kind: 'list',
      items: [
        { text: 'docker stop web', op: null },
        { text: 'docker ps', op: ';' },
      ],
    });
    expect(splitList('docker ps && echo \'a;b\' || echo "c&&d"')).toEqual({
      kind: 'list',
      items: [
        { text: 'docker ps', op: null },
        { text: "echo 'a;b'", op: '&&' },
        { text: 'echo "c&&d"', op: '||' },
      ],
    });
    expect(splitList('docker rm -f $(docker ps -aq; true)').kind).toBe('list');
    expect(splitList('docker rm -f $(docker ps -aq; true)')).toEqual({
      kind: 'list',
      items: [{ text: 'docker rm -f $(docker ps -aq; true)', op: null }],
    });
    expect(splitList('echo a\\;b')).toEqual({ kind: 'list', items: [{ text: 'echo a\\;b', op: null }] });
    expect(splitList('docker ps # a; b')).toEqual({ kind: 'list', items: [{ text: 'docker ps # a; b', op: null }] });
    expect(splitList('docker ps -a | grep web')).toEqual({ kind: 'unsupported', operator: '|' });
    expect(splitList('docker ps >> out.txt')).toEqual({ kind: 'unsupported', operator: '>>' });
    expect(splitList('docker run nginx &')).toEqual({ kind: 'unsupported', operator: '&' });
    expect(splitList('')).toEqual({ kind: 'list', items: [{ text: '', op: null }] });
  });

  it('substitutes $(…) with what the command printed: split into words unquoted, kept whole in double quotes', () => {
    const run = (c: string) => (c === 'docker ps -aq' ? 'a1\nb2\n' : c === 'wait' ? null : '');
    expect(expandSubstitutions('docker rm -f $(docker ps -aq)', run)).toEqual({ ok: true, text: 'docker rm -f a1 b2' });
    expect(expandSubstitutions('echo "$(docker ps -aq)"', run)).toEqual({ ok: true, text: 'echo "a1\nb2"' });
    expect(expandSubstitutions("echo '$(docker ps -aq)'", run)).toEqual({ ok: true, text: "echo '$(docker ps -aq)'" });
    expect(expandSubstitutions('echo $(wait)', run)).toEqual({ ok: false, command: 'wait' });
  });

  it('continues a line with an open quote or a trailing backslash, as bash prompts with >', () => {
    const tokenize = (l: string) =>
      (l.split("'").length - 1) % 2 === 1
        ? { ok: false, error: "unexpected EOF while looking for matching `''" }
        : { ok: true };
    expect(continues("echo 'a", tokenize)).toBe(true);
    expect(continues("echo 'a\nb'", tokenize)).toBe(false);
    expect(continues('docker run \\', tokenize)).toBe(true);
    expect(continues('echo a\\\\', tokenize)).toBe(false);
  });

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
