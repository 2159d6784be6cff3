import { describe, expect, it } from 'vitest';
import * as format from '../../../machines/format/index';

describe('the format module', () => {
  it('exports the functions the engine uses', () => {
    for (const name of [
      'formatPs',
      'formatInspect',
      'formatEvent',
      'formatEventLine',
      'parseTimeArg',
      'humanDuration',
      'statusText',
      'formatRfc3339Nano',
      'formatRfc3339NanoFixed',
      'parseRfc3339',
      'psJsonRow',
      'validateEventFormat',
    ]) {
      expect(typeof (format as Record<string, unknown>)[name]).toBe('function');
    }
    expect(format.ZERO_TIME).toBe('0001-01-01T00:00:00Z');
  });
});
