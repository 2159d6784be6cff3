/**
 * A prepared demo: a plain text file a teacher writes, one thing per line: a docker line to run,
 * a `# comment` shown as a caption (with the next line), `sleep N` for a pause of N seconds (the
 * simulated clock moves on N seconds), blank lines ignored. Reading never throws; a line it cannot
 * use is reported with its number and left out. Pure.
 */

export type DemoItem =
  | { kind: 'line'; line: string; caption: string | null; source: number }
  | { kind: 'sleep'; seconds: number; caption: string | null; source: number };

export interface Demo {
  items: DemoItem[];
  problems: { line: number; text: string; reason: string }[];
}

const MAX_LINES = 500;
const MAX_SLEEP = 3600;

export function parseDemo(text: string): Demo {
  const items: DemoItem[] = [];
  const problems: Demo['problems'] = [];
  if (typeof text !== 'string') return { items, problems: [{ line: 0, text: '', reason: 'not text' }] };
  let caption: string[] = [];
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  rows.slice(0, MAX_LINES).forEach((raw, i) => {
    const line = raw.trim();
    const source = i + 1;
    if (line === '') return;
    if (line.startsWith('#')) {
      caption.push(line.replace(/^#+\s?/, ''));
      return;
    }
    const take = () => {
      const c = caption.length > 0 ? caption.join(' ') : null;
      caption = [];
      return c;
    };
    const sleep = /^sleep\s+(\d+(?:\.\d+)?)s?$/.exec(line);
    if (sleep) {
      const seconds = Number(sleep[1]);
      if (seconds > MAX_SLEEP) problems.push({ line: source, text: line.slice(0, 200), reason: 'longer than an hour' });
      else items.push({ kind: 'sleep', seconds, caption: take(), source });
      return;
    }
    if (!/^docker(\s|$)/.test(line)) {
      problems.push({ line: source, text: line.slice(0, 200), reason: 'not a docker line, a # comment or sleep N' });
      return;
    }
    items.push({ kind: 'line', line: line.slice(0, 2000), caption: take(), source });
  });
  if (rows.length > MAX_LINES)
    problems.push({ line: MAX_LINES + 1, text: '', reason: `only the first ${MAX_LINES} lines are read` });
  return { items, problems };
}
