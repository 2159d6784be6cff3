/** How fast simulated time runs against real time. `instant`: commands finish at once, no motion. */
export type Speed = 0.25 | 0.5 | 1 | 2 | 4 | 'instant';

export const SPEEDS: readonly Speed[] = [0.25, 0.5, 1, 2, 4, 'instant'];

export function parseSpeed(value: string | null | undefined): Speed | null {
  if (value === 'instant') return 'instant';
  const n = Number(value);
  return (SPEEDS as readonly unknown[]).includes(n) ? (n as Speed) : null;
}

export function speedLabel(speed: Speed, instant: string): string {
  return speed === 'instant' ? instant : `${speed}×`;
}

/**
 * Milliseconds each animation stage takes: 450 at 1×, and exactly as much longer or shorter as the
 * speed says (4× as long at 0.25×), like the simulated time itself; none when instant.
 */
export function stageMsFor(speed: Speed, reducedMotion: boolean): number {
  if (reducedMotion || speed === 'instant') return 0;
  return 450 / speed;
}

/** Real milliseconds since the last frame, capped so a background tab does not leap ahead. */
export function frameDelta(previous: number | null, now: number): number {
  if (previous === null) return 0;
  return Math.max(0, Math.min(now - previous, 250));
}
