/** Reading real `docker events` logs (machines/replay/parse.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventsLog, parseTimestamp } from '../../../machines/replay/index';

const ID = '3f2a6c0b8e4d1f7a9c5b2e8d4a6f1c3b7e9d5a2c8f4b6e1d3a7c9f5b2e8d4a6f';
const JSON_LINE = `{"status":"create","id":"${ID}","from":"nginx","Type":"container","Action":"create","Actor":{"ID":"${ID}","Attributes":{"image":"nginx","name":"web"}},"scope":"local","time":1767225600,"timeNano":1767225600123456789}`;

describe('parseEventsLog', () => {
  it('reads a --format "{{json .}}" line into a DockerEvent', () => {
    const r = parseEventsLog(JSON_LINE);
    expect(r.unreadable).toEqual([]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      Type: 'container',
      Action: 'create',
      Actor: { ID, Attributes: { image: 'nginx', name: 'web' } },
      scope: 'local',
      time: 1767225600,
    });
    expect((r.events[0]?.timeNano ?? 0) / 1e9).toBeCloseTo(1767225600.123457, 6);
  });

  it('reads the plain text format, with attributes sorted by key as the CLI prints them', () => {
    const r = parseEventsLog(
      [
        `2026-01-01T00:00:00.000000000Z container create ${ID} (image=nginx, name=web)`,
        `2026-01-01T00:00:01.500000000Z container kill ${ID} (image=nginx, name=web, signal=3)`,
        `2026-01-01T02:00:02.250000000+02:00 container die ${ID} (execDuration=2, exitCode=0, image=nginx, name=web)`,
      ].join('\n'),
    );
    expect(r.unreadable).toEqual([]);
    expect(r.events.map((e) => e.Action)).toEqual(['create', 'kill', 'die']);
    expect(r.events[1]?.Actor.Attributes).toEqual({ image: 'nginx', name: 'web', signal: '3' });
    expect(r.events[2]?.Actor.Attributes.exitCode).toBe('0');
    expect(r.events[0]?.time).toBe(1767225600);
    expect(r.events[1]?.timeNano).toBe(1767225601.5e9);
    // +02:00 is two hours ahead of UTC: 02:00:02.25 there is 00:00:02.25 Z.
    expect(r.events[2]?.time).toBe(1767225602);
    expect(r.events[2]?.timeNano).toBe(1767225602.25e9);
  });

  it('reads the short form of the text format (an elided ID right before the attributes)', () => {
    const r = parseEventsLog('2026-01-01T00:00:00.000000000Z container create 3f…(image=nginx, name=web)');
    expect(r.unreadable).toEqual([]);
    expect(r.events[0]).toMatchObject({ Action: 'create', Actor: { ID: '3f…', Attributes: { name: 'web' } } });
  });

  it('keeps an action that has spaces and parentheses (exec_start: …) and attribute values with commas', () => {
    const r = parseEventsLog(
      `2026-01-01T00:00:00Z container exec_start: sh -c echo (hi) ${ID} (execID=abc, image=busybox, my.label=a, b, name=job)`,
    );
    expect(r.unreadable).toEqual([]);
    expect(r.events[0]?.Action).toBe('exec_start: sh -c echo (hi)');
    expect(r.events[0]?.Actor.Attributes).toEqual({ execID: 'abc', image: 'busybox', 'my.label': 'a, b', name: 'job' });
  });

  it('skips and counts events of other types, in both formats', () => {
    const r = parseEventsLog(
      [
        `2026-01-01T00:00:00Z network connect 1a2b (container=${ID}, name=bridge, type=bridge)`,
        '{"Type":"image","Action":"pull","Actor":{"ID":"nginx:latest","Attributes":{}},"scope":"local","time":1,"timeNano":1000000000}',
        '{"Type":"volume","Action":"create","Actor":{"ID":"v","Attributes":{"driver":"local"}},"scope":"local","time":1,"timeNano":1000000000}',
        `2026-01-01T00:00:00Z network disconnect 1a2b (container=${ID}, name=bridge, type=bridge)`,
        JSON_LINE,
      ].join('\n'),
    );
    expect(r.events).toHaveLength(1);
    expect(r.skipped).toEqual({ network: 2, image: 1, volume: 1 });
    expect(r.unreadable).toEqual([]);
  });

  it("skips and counts the daemon's container prune, which names no container, in both formats", () => {
    const r = parseEventsLog(
      [
        '{"Type":"container","Action":"prune","Actor":{"ID":"","Attributes":{"reclaimed":"0"}},"scope":"local","time":1,"timeNano":1000000000}',
        '2026-01-01T00:00:00.000000000Z container prune  (reclaimed=1024)',
        JSON_LINE,
      ].join('\n'),
    );
    expect(r.events).toHaveLength(1);
    expect(r.skipped).toEqual({ 'container prune': 2 });
    expect(r.unreadable).toEqual([]);
  });

  it('reports each unreadable line with its number and goes on', () => {
    const r = parseEventsLog(
      [
        'garbage',
        JSON_LINE,
        '',
        '{"Type": "container", "Action": "start"',
        '2026-13-01T00:00:00Z container start x',
        JSON_LINE,
      ].join('\r\n'),
    );
    expect(r.events).toHaveLength(2);
    expect(r.unreadable.map((u) => u.line)).toEqual([1, 4, 5]);
    expect(r.unreadable[0]?.reason).toMatch(/RFC 3339/);
    expect(r.unreadable[1]?.reason).toMatch(/JSON/);
    expect(r.lines).toBe(6);
  });

  it('reads the legacy status/id/from fields when Type and Actor are missing', () => {
    const r = parseEventsLog(`{"status":"die","id":"${ID}","from":"busybox","time":1767225600}`);
    expect(r.events[0]).toMatchObject({
      Action: 'die',
      Actor: { ID, Attributes: { image: 'busybox' } },
      timeNano: 1767225600e9,
    });
  });

  it('never throws, and reports every non-blank line it cannot read (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = parseEventsLog(s);
        const nonBlank = s
          .replace(/^\uFEFF/, '')
          .split('\n')
          .filter((l) => l.replace(/\r$/, '').trim() !== '').length;
        expect(r.events.length + r.unreadable.length + Object.values(r.skipped).reduce((a, b) => a + b, 0)).toBe(
          nonBlank,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on lines that look almost like events', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '"Type":"container"',
      '"Actor":',
      '"Action":"die"',
      '"timeNano":',
      ':',
      ',',
      '2026-01-01T00:00:00Z',
      ' container ',
      ' network ',
      ' (',
      ')',
      '=',
      ', ',
      ID,
      'null',
      '[]',
      '1e999',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const r = parseEventsLog(parts.join(''));
        for (const e of r.events) {
          expect(e.Type).toBe('container');
          expect(typeof e.Action).toBe('string');
          expect(Number.isFinite(e.timeNano)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a 10 MB log of mixed lines', () => {
    const lines: string[] = [];
    let size = 0;
    let containers = 0;
    let i = 0;
    while (size < 10 * 1024 * 1024) {
      const id = (i % 997).toString(16).padStart(64, '0');
      const t = 1767225600 + i;
      const line =
        i % 10 === 9
          ? `2026-01-01T00:00:00.000000000Z network connect net${i} (container=${id}, name=none, type=null)`
          : i % 2 === 0
            ? `{"status":"start","id":"${id}","from":"busybox","Type":"container","Action":"start","Actor":{"ID":"${id}","Attributes":{"image":"busybox","name":"c${i % 997}"}},"scope":"local","time":${t},"timeNano":${t}000000000}`
            : `2026-01-01T00:00:00.123456789Z container die ${id} (execDuration=1, exitCode=0, image=busybox, name=c${i % 997})`;
      if (i % 10 !== 9) containers++;
      lines.push(line);
      size += line.length + 1;
      i++;
    }
    const log = lines.join('\n');
    expect(log.length).toBeGreaterThan(10 * 1024 * 1024);
    const r = parseEventsLog(log);
    expect(r.unreadable).toEqual([]);
    expect(r.events).toHaveLength(containers);
    expect(r.skipped.network).toBe(lines.length - containers);
  });
});

describe('parseTimestamp', () => {
  it('reads RFC 3339 with nanoseconds and zones, and refuses impossible dates', () => {
    expect(parseTimestamp('2026-01-01T00:00:00Z')).toEqual({ time: 1767225600, timeNano: 1767225600e9 });
    expect(parseTimestamp('2026-01-01T00:00:00.5Z')?.timeNano).toBe(1767225600.5e9);
    expect(parseTimestamp('2025-12-31T19:00:00-05:00')?.time).toBe(1767225600);
    expect(parseTimestamp('2026-02-30T00:00:00Z')).toBeNull();
    expect(parseTimestamp('2026-01-01 00:00:00Z')).toBeNull();
    expect(parseTimestamp('2026-01-01T25:00:00Z')).toBeNull();
  });
});
