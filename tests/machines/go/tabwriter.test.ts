import { describe, expect, it } from 'vitest';
import { TabFlags, TabWriter, formatTable } from '../../../machines/go/tabwriter';

describe("Go's tabwriter as docker/cli configures it (minwidth 10, tabwidth 1, padding 3, ' ')", () => {
  it('pads each column to its widest cell plus 3 spaces', () => {
    expect(formatTable('NAME\tSTATUS\tX\nverylongname12\tUp\ty\n')).toBe(
      'NAME             STATUS    X\n' + 'verylongname12   Up        y\n',
    );
  });

  it('never makes a column narrower than 10', () => {
    expect(formatTable('A\tB\nc\td\n')).toBe('A         B\nc         d\n');
  });

  it('leaves the last cell of a line unpadded, so lines have no trailing spaces', () => {
    expect(formatTable('ID\tNAMES\n1\tweb\n')).toBe('ID        NAMES\n1         web\n');
  });

  it('keeps empty cells as padding, so an empty PORTS column stays aligned', () => {
    expect(formatTable('A\tPORTS\tNAMES\nx\t\tweb\n')).toBe('A         PORTS     NAMES\nx                   web\n');
  });

  it('a line without tabs ends a column block', () => {
    expect(formatTable('a\tb\nplain\nlonger-cell\tc\n')).toBe('a         b\nplain\nlonger-cell   c\n');
  });

  it('measures East Asian wide characters as two columns', () => {
    expect(formatTable('名前\tX\nab\tY\n')).toBe('名前      X\nab        Y\n');
  });

  it('flushes text that does not end with a newline', () => {
    const tw = new TabWriter(10, 1, 3, ' ', 0);
    tw.write('a\tb\nc');
    expect(tw.flush()).toBe('a         b\nc');
  });

  it('supports right alignment and the debug bar like Go', () => {
    const tw = new TabWriter(0, 8, 1, '.', TabFlags.AlignRight | TabFlags.Debug);
    tw.write('a\tbbb\tc\naaaa\tb\tc\n');
    expect(tw.flush()).toBe('....a|.bbb|c\n.aaaa|...b|c\n');
  });
});
