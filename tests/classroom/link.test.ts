/** A session in a link and in storage (src/classroom/link.ts over machines/history/record.ts). */
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import * as engine from '../../machines/index';
import type { HistoryRecord, SessionData } from '../../machines/index';
import { decodeRun, encodeRun, loadSaved, runInHash, save, STORAGE_KEY } from '../../src/classroom/link';

const text = fc.string({ maxLength: 60 });
const time = fc.integer({ min: 0, max: 10_000_000 });
const record: fc.Arbitrary<Omit<HistoryRecord, 'at'>> = fc.oneof(
  text.map((t) => ({ kind: 'submit' as const, text: t })),
  text.map((line) => ({ kind: 'click' as const, line })),
  fc
    .record({
      container: text,
      comment: text,
      fault: fc.oneof(
        fc.integer({ min: 0, max: 255 }).map((code) => ({ type: 'exit' as const, code })),
        fc.constant({ type: 'oom' as const }),
        fc.constant({ type: 'rm-fails' as const }),
        time.map((ms) => ({ type: 'rm-slow' as const, ms })),
        fc.constant({ type: 'health-fails' as const }),
        fc.constant({ type: 'health-recovers' as const }),
      ),
    })
    .map((f) => ({ kind: 'fault' as const, ...f })),
  time.map((ms) => ({ kind: 'tick' as const, ms })),
  fc.constant({ kind: 'sync' as const }),
  text.map((line) => ({ kind: 'interrupt' as const, line })),
  text.map((line) => ({ kind: 'eof' as const, line })),
  fc.constant({ kind: 'detach' as const }),
  fc.record({ line: text, stdout: text }).map((l) => ({ kind: 'list' as const, ...l })),
  fc.constant({ kind: 'clear' as const }),
  fc.boolean().map((on) => ({ kind: 'auto' as const, on })),
);
const session: fc.Arbitrary<SessionData> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    script: fc.array(text, { maxLength: 5 }),
    auto: fc.boolean(),
    gaps: fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), record), { maxLength: 70 }),
    lang: fc.constantFrom('en', 'ko'),
  })
  .map(({ seed, script, auto, gaps, lang }) => {
    let at = 0;
    const records = gaps.map(([gap, r]) => ({ ...r, at: (at += gap) }) as HistoryRecord);
    const steps = records.filter(engine.isStep).length;
    return { base: { seed, script, auto }, records, position: steps, tipAt: at, settings: { lang } };
  });

describe('a run in a link', () => {
  it('reads back what was written, whatever the session (encode then decode is identity)', () => {
    fc.assert(
      fc.property(session, (data) => {
        const back = decodeRun(engine, encodeRun(engine, data));
        expect(back.problems).toEqual([]);
        expect(back.data).toEqual(data);
      }),
    );
  });

  it('never throws on random text, and says what it could not use', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const r = decodeRun(engine, junk);
        if (!r.data) expect(r.problems.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const junk = `1.${compressToEncodedURIComponent(String.fromCharCode(...bytes))}.${String.fromCharCode(...bytes)}`;
        expect(() => decodeRun(engine, junk)).not.toThrow();
      }),
    );
  });

  it('cut short, keeps the steps before the cut and says so', () => {
    fc.assert(
      fc.property(session, fc.integer({ min: 1, max: 99 }), (data, percent) => {
        const link = encodeRun(engine, data);
        const headerEnd = link.indexOf('.', 2);
        const cut = link.slice(
          0,
          Math.max(headerEnd < 0 ? link.length : headerEnd + 1, Math.floor((link.length * percent) / 100)),
        );
        const r = decodeRun(engine, cut);
        if (r.data) {
          // The longest valid beginning: a prefix of the records, never anything else.
          expect(data.records.slice(0, r.data.records.length)).toEqual(r.data.records);
          if (r.data.records.length < data.records.length) expect(r.problems.length).toBeGreaterThan(0);
        } else expect(r.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses a run from a newer version, and a tampered header, with a message', () => {
    const newer = decodeRun(engine, '2.abc');
    expect(newer.data).toBeNull();
    expect(newer.problems[0]).toMatch(/newer version/);
    const header = compressToEncodedURIComponent(JSON.stringify({ v: 1, seed: 'x', script: [] }));
    expect(decodeRun(engine, `1.${header}`).problems).toEqual(['no valid seed']);
    const future = compressToEncodedURIComponent(JSON.stringify({ v: 9, seed: 1, script: [] }));
    expect(decodeRun(engine, `1.${future}`).problems).toEqual(['made by a newer version (9)']);
  });

  it('finds the run in an address’s fragment', () => {
    expect(runInHash('#run=1.abc.def')).toBe('1.abc.def');
    expect(runInHash('#other')).toBeNull();
    expect(runInHash('')).toBeNull();
  });
});

describe('the autosave', () => {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  };

  it('saves and loads a session', () => {
    fc.assert(
      fc.property(session, (data) => {
        const s = store();
        save(engine, data, s);
        expect(loadSaved(engine, s)).toEqual({ data, problems: [] });
      }),
    );
  });

  it('reads corrupt storage as damaged, never throwing', () => {
    const s = store();
    expect(loadSaved(engine, s)).toBeNull();
    for (const junk of ['{', 'null', '[]', '{"header":1,"records":2}', '"text"']) {
      s.m.set(STORAGE_KEY, junk);
      const r = loadSaved(engine, s);
      expect(r?.data ?? null).toBeNull();
      expect(r?.problems.length).toBeGreaterThan(0);
    }
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(loadSaved(engine, throwing)).toBeNull();
  });
});
