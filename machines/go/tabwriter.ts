/**
 * Go's text/tabwriter (elastic tabstops), as forked in docker/cli
 * cli/command/formatter/tabwriter/tabwriter.go. The fork measures cells with go-runewidth, so
 * East Asian wide characters count two columns.
 *
 * docker/cli configures it for every table (formatter.go postFormat):
 *   tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)  // minwidth 10, tabwidth 1, padding 3, pad ' ', no flags
 *
 * Cells are terminated by '\t'. The text after the last tab of a line is a cell too, but it is not
 * part of any column: it is never padded, so the last column of a table has no trailing spaces.
 * Each column is as wide as its widest cell plus the padding, but at least minwidth. A column only
 * spans a contiguous block of lines that all have a cell in it; a line without tabs ends the block.
 * Escape sequences and HTML filtering are not implemented (docker never enables them).
 */
import { stringWidth } from './runewidth';

export const TabFlags = {
  AlignRight: 4,
  DiscardEmptyColumns: 8,
  TabIndent: 16,
  Debug: 32,
} as const;

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

export class TabWriter {
  private lines: Cell[][] = [[]];
  private cellText = '';
  private widths: number[] = [];
  private out = '';

  constructor(
    private readonly minwidth: number,
    private readonly tabwidth: number,
    private readonly padding: number,
    private readonly padchar: string,
    private readonly flags: number,
  ) {
    if (padchar === '\t') this.flags &= ~TabFlags.AlignRight; // tab padding enforces left-alignment
  }

  /** Writes text; complete lines may already be formatted and emitted. */
  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cellText += text.slice(start, i);
      start = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || ncells === 1) {
          // A line with a single cell cannot affect the formatting of later lines: flush.
          this.flushInternal();
          if (ch === '\f' && this.flags & TabFlags.Debug) this.out += '---\n';
        }
      }
    }
    this.cellText += text.slice(start);
  }

  /** Formats whatever is buffered and returns all output produced so far. */
  flush(): string {
    this.flushInternal();
    const out = this.out;
    this.out = '';
    return out;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1] as Cell[];
    line.push({ text: this.cellText, width: stringWidth(this.cellText), htab });
    this.cellText = '';
    return line.length;
  }

  private flushInternal(): void {
    if (this.cellText.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.widths = [];
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.padchar === '\t' || useTabs) {
      if (this.tabwidth === 0) return;
      const w = Math.ceil(cellw / this.tabwidth) * this.tabwidth;
      this.out += '\t'.repeat(Math.ceil((w - textw) / this.tabwidth));
      return;
    }
    this.out += this.padchar.repeat(Math.max(0, cellw - textw));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] as Cell[];
      let useTabs = (this.flags & TabFlags.TabIndent) !== 0;
      line.forEach((c, j) => {
        if (j > 0 && this.flags & TabFlags.Debug) this.out += '|';
        const w = this.widths[j];
        if (c.text.length === 0) {
          if (w !== undefined) this.writePadding(c.width, w, useTabs);
        } else {
          useTabs = false;
          if ((this.flags & TabFlags.AlignRight) === 0) {
            this.out += c.text;
            if (w !== undefined) this.writePadding(c.width, w, false);
          } else {
            if (w !== undefined) this.writePadding(c.width, w, false);
            this.out += c.text;
          }
        }
      });
      if (i + 1 === this.lines.length) {
        this.out += this.cellText; // last buffered line: outstanding text, no newline
        this.cellText = '';
      } else {
        this.out += '\n';
      }
    }
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= (this.lines[row] as Cell[]).length - 1) continue;
      // This line has a cell in this column: print the lines above, then size the column block.
      this.writeLines(line0, row);
      line0 = row;
      let width = this.minwidth;
      let discardable = true;
      for (; row < line1; row++) {
        const line = this.lines[row] as Cell[];
        if (column >= line.length - 1) break;
        const c = line[column] as Cell;
        width = Math.max(width, c.width + this.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.flags & TabFlags.DiscardEmptyColumns) width = 0;
      this.widths.push(width);
      this.format(line0, row);
      this.widths.pop();
      line0 = row;
    }
    this.writeLines(line0, line1);
  }
}

/** Runs text through a fresh writer configured like docker/cli's tables and flushes it. */
export function formatTable(text: string): string {
  const tw = new TabWriter(10, 1, 3, ' ', 0);
  tw.write(text);
  return tw.flush();
}
