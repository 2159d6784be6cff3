/**
 * Edge labels that would print over one another are pushed apart, up and down, a little at a time,
 * but never far from the edge they name. Pure and deterministic: the same labels always land in
 * the same places.
 */

export interface LabelBox {
  /** Centre of the text, as drawn with text-anchor middle. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How wide a label is drawn, in the layout's units: monospace Latin, and wide CJK characters. */
export function labelWidth(text: string, fontSize = 11): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 1 : 0.6;
  return units * fontSize;
}

/** New centres for `boxes`: overlapping pairs moved apart vertically, each at most `maxShift` from where it was. */
export function placeLabels(boxes: readonly LabelBox[], maxShift = 26, rounds = 60): { x: number; y: number }[] {
  const ys = boxes.map((b) => b.y);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const ya = ys[i];
        const yb = ys[j];
        if (!a || !b || ya === undefined || yb === undefined) continue;
        const overlapX = (a.width + b.width) / 2 - Math.abs(a.x - b.x);
        const overlapY = (a.height + b.height) / 2 - Math.abs(ya - yb);
        if (overlapX <= 0 || overlapY <= 0) continue;
        // The upper one goes up, the lower one down (the earlier one up on a tie).
        const up = ya <= yb ? i : j;
        const down = up === i ? j : i;
        const step = overlapY / 2 + 0.5;
        ys[up] = clamp((ys[up] ?? 0) - step, (boxes[up]?.y ?? 0) - maxShift, (boxes[up]?.y ?? 0) + maxShift);
        ys[down] = clamp((ys[down] ?? 0) + step, (boxes[down]?.y ?? 0) - maxShift, (boxes[down]?.y ?? 0) + maxShift);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return boxes.map((b, i) => ({ x: b.x, y: ys[i] ?? b.y }));
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
