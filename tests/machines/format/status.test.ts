import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../../machines/go/units';
import { statusText } from '../../../machines/format/status';
import { NOW, ZERO, state } from './fixtures';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('HumanDuration (go-units)', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [-5 * S, 'Less than a second'],
    [1 * S, '1 second'],
    [1999, '1 second'],
    [2 * S, '2 seconds'],
    [59 * S, '59 seconds'],
    [59 * S + 999, '59 seconds'],
    [60 * S, 'About a minute'],
    [119 * S, 'About a minute'],
    [2 * M, '2 minutes'],
    [59 * M + 59 * S, '59 minutes'],
    [60 * M, 'About an hour'],
    [89 * M, 'About an hour'],
    [90 * M, '2 hours'],
    [47 * H, '47 hours'],
    [47 * H + 29 * M, '47 hours'],
    [47 * H + 30 * M, '2 days'],
    [13 * D, '13 days'],
    [14 * D, '2 weeks'],
    [59 * D, '8 weeks'],
    [60 * D, '2 months'],
    [729 * D, '24 months'],
    [730 * D, '2 years'],
    [3 * 365 * D, '3 years'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('the docker ps STATUS column (State.String)', () => {
  it("a paused container's status reads 'Up 5 seconds (Paused)'", () => {
    const s = state({
      Status: 'paused',
      Running: true,
      Paused: true,
      StartedAt: '2026-01-01T00:59:55Z',
    });
    expect(statusText(s, NOW)).toBe('Up 5 seconds (Paused)');
  });

  it('a container that just started is "Up Less than a second"', () => {
    expect(
      statusText(
        state({
          Status: 'running',
          Running: true,
          StartedAt: '2026-01-01T01:00:00Z',
        }),
        NOW,
      ),
    ).toBe('Up Less than a second');
  });

  it('a restarting container shows its last exit code and how long ago it finished', () => {
    const s = state({
      Status: 'restarting',
      Running: true,
      Restarting: true,
      ExitCode: 1,
      StartedAt: '2026-01-01T00:00:00Z',
      FinishedAt: '2026-01-01T00:59:59.9Z',
    });
    expect(statusText(s, NOW)).toBe('Restarting (1) Less than a second ago');
  });

  it('an exited container reads "Exited (code) … ago" from FinishedAt', () => {
    const s = state({
      Status: 'exited',
      ExitCode: 137,
      StartedAt: '2026-01-01T00:00:00Z',
      FinishedAt: '2026-01-01T00:58:30Z',
    });
    expect(statusText(s, NOW)).toBe('Exited (137) About a minute ago');
  });

  it('a never-started container is "Created", even with an exit code from a failed start', () => {
    expect(statusText(state({ Status: 'created', ExitCode: 127, Error: 'exec failed' }), NOW)).toBe('Created');
  });

  it('a container being removed is "Removal In Progress" and a dead one "Dead"', () => {
    const started = {
      StartedAt: '2026-01-01T00:00:00Z',
      FinishedAt: '2026-01-01T00:30:00Z',
    };
    expect(statusText(state({ Status: 'removing', ...started }), NOW)).toBe('Removal In Progress');
    expect(statusText(state({ Status: 'dead', Dead: true, ...started }), NOW)).toBe('Dead');
  });

  it('a stopped container with a zero FinishedAt has an empty status, as moby returns ""', () => {
    expect(
      statusText(
        state({
          Status: 'exited',
          StartedAt: '2026-01-01T00:00:00Z',
          FinishedAt: ZERO,
        }),
        NOW,
      ),
    ).toBe('');
  });
});
