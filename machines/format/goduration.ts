/**
 * Go's time.ParseDuration for `--since`/`--until`: one implementation for the whole model lives
 * with the CLI's flag parsing (cli/gostrconv.ts); here only its value is needed.
 */
import { goParseDuration } from '../cli/gostrconv';

/** The duration in nanoseconds (a float), or undefined when Go would reject it. */
export function parseGoDuration(input: string): number | undefined {
  const r = goParseDuration(input);
  return r.ok ? r.value : undefined;
}
