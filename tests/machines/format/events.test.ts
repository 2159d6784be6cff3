import { describe, expect, it } from 'vitest';
import { eventNanos, formatEvent, formatEventLine, validateEventFormat } from '../../../machines/format/events';
import type { DockerEvent } from '../../../machines/types';
import { WEB_ID } from './fixtures';

const T = Date.UTC(2026, 0, 1);
const kill: DockerEvent = {
  Type: 'container',
  Action: 'kill',
  Actor: {
    ID: WEB_ID,
    Attributes: { signal: '15', name: 'web', image: 'busybox' },
  },
  scope: 'local',
  time: T / 1000,
  timeNano: (T + 123) * 1e6,
};

describe('docker events pretty lines (prettyPrintEvent)', () => {
  it('prints the fixed nanosecond time, type, action, ID and sorted attributes', () => {
    expect(formatEventLine(kill)).toBe(
      `2026-01-01T00:00:00.123000000Z container kill ${WEB_ID} (image=busybox, name=web, signal=15)`,
    );
  });

  it('a whole second still prints nine zeros', () => {
    expect(
      formatEventLine({
        ...kill,
        timeNano: T * 1e6,
        Action: 'start',
        Actor: { ID: WEB_ID, Attributes: { name: 'web', image: 'nginx' } },
      }),
    ).toBe(`2026-01-01T00:00:00.000000000Z container start ${WEB_ID} (image=nginx, name=web)`);
  });

  it('falls back to the seconds when timeNano is 0, and omits the parentheses without attributes', () => {
    expect(
      formatEventLine({
        ...kill,
        timeNano: 0,
        Actor: { ID: 'x', Attributes: {} },
      }),
    ).toBe('2026-01-01T00:00:00.000000000Z container kill x');
  });

  it('recovers exact microseconds from a float timeNano', () => {
    expect(eventNanos({ ...kill, timeNano: 1767225600123456000 })).toBe(1767225600123456000n);
  });

  it('formatEvent without a format is the pretty line', () => {
    expect(formatEvent(kill)).toEqual({
      ok: true,
      text: formatEventLine(kill),
    });
  });
});

describe('docker events --format', () => {
  it('{{json .}} has the keys Type, Action, Actor, scope, time, timeNano', () => {
    expect(formatEvent(kill, '{{json .}}')).toEqual({
      ok: true,
      text:
        `{"Type":"container","Action":"kill","Actor":{"ID":"${WEB_ID}","Attributes":{"image":"busybox","name":"web","signal":"15"}},` +
        '"scope":"local","time":1767225600,"timeNano":1767225600123000000}',
    });
  });

  it('--format json is {{json .}}', () => {
    expect(formatEvent(kill, 'json')).toEqual(formatEvent(kill, '{{json .}}'));
  });

  it('fields use the Go names of events.Message', () => {
    expect(
      formatEvent(kill, '{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Scope}} {{.Time}} {{.TimeNano}}'),
    ).toEqual({
      ok: true,
      text: 'container kill web local 1767225600 1767225600123000000',
    });
  });

  it('json escapes nothing HTML-ish in attributes', () => {
    const e = { ...kill, Actor: { ID: 'x', Attributes: { name: '<a&b>' } } };
    expect(formatEvent(e, '{{json .Actor.Attributes}}')).toEqual({
      ok: true,
      text: '{"name":"<a&b>"}',
    });
  });

  it('an unknown field is rejected up front with exit code 64', () => {
    expect(validateEventFormat('{{.Status}}')).toEqual({
      stdout: '',
      stderr: `Error parsing format: template: :1:2: executing "" at <.Status>: can't evaluate field Status in type *events.Message\n`,
      exitCode: 64,
    });
    expect(validateEventFormat('{{.Actor.Attributes.name}}')).toBeUndefined();
    expect(validateEventFormat(undefined)).toBeUndefined();
  });

  it('a parse error is rejected up front too', () => {
    expect(validateEventFormat('{{.Type')?.stderr).toBe('Error parsing format: template: :1: unclosed action\n');
  });

  it('formatEvent reports a bad template as an error', () => {
    expect(formatEvent(kill, '{{upper .Type}}')).toEqual({
      ok: false,
      error:
        'Error parsing format: template: :1:8: executing "" at <.Type>: wrong type for value; expected string; got events.Type',
      partial: '',
    });
  });
});
