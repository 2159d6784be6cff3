import { describe, expect, it } from 'vitest';
import { historyListing } from '../../machines/index';
import { browseHistory, sanitizeLine, splitPaste, visible } from '../../src/components/terminal/shell';

describe('the terminal shell', () => {
  it("lists history as bash's history builtin does", () => {
    expect(historyListing(['docker ps', 'history'])).toBe('    1  docker ps\n    2  history\n');
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
});
