/**
 * A script (a link's `?script=`, an embed's `script` or `play`): docker lines separated by `;;` or
 * new lines. Each line is numbered where it stands, so a problem names the line the author wrote;
 * a line that cannot run is reported and left out, and the rest still run.
 */
import type { ScriptLine } from '../../machines/index';

/** Lines past this many are not run (a link is not a place for a long program). */
export const MAX_SCRIPT_LINES = 50;
/** A line longer than this is not run. */
export const MAX_LINE_CHARS = 1000;

/** A line the page would not run, by its number in the script (from 1). */
export interface ScriptRefusal {
  n: number;
  reason: 'too-long' | 'too-many';
}

/** The lines of a script as written, trimmed; blank ones stay, so the numbers match the text. */
export function splitScript(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r|;;/).map((l) => l.trim());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Which lines run (numbered), and which do not and why. Blank lines are skipped silently. */
export function planScript(lines: readonly string[]): { run: ScriptLine[]; refused: ScriptRefusal[] } {
  const run: ScriptLine[] = [];
  const refused: ScriptRefusal[] = [];
  lines.forEach((text, i) => {
    const n = i + 1;
    if (text.trim() === '') return;
    if (run.length >= MAX_SCRIPT_LINES) {
      if (!refused.some((r) => r.reason === 'too-many')) refused.push({ n, reason: 'too-many' });
      return;
    }
    if (text.length > MAX_LINE_CHARS) refused.push({ n, reason: 'too-long' });
    else run.push({ n, text });
  });
  return { run, refused };
}

/**
 * The script as a session's base keeps it: the lines that run where they stand, the others blank
 * (so every line keeps its number), and nothing after the last line that runs.
 */
export function runnableScript(lines: readonly string[], plan: { run: readonly ScriptLine[] }): string[] {
  const runs = new Set(plan.run.map((l) => l.n));
  const kept = lines.map((text, i) => (runs.has(i + 1) ? text : ''));
  while (kept.length > 0 && kept.at(-1) === '') kept.pop();
  return kept;
}
