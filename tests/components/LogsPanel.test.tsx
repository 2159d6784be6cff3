// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createSimulator, type LiveSimulator } from '../../machines/index';
import { LogsPanel } from '../../src/components/panels/LogsPanel';
import { cleanup, render, withSim } from './render';

afterEach(cleanup);

const selected = (sim: LiveSimulator, name: string) => sim.view().containers.find((c) => c.name === name) ?? null;
const shown = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid=logs-view] [data-stream]')].map((l) => [
    l.getAttribute('data-stream'),
    l.textContent,
  ]);

describe('LogsPanel', () => {
  it('shows what the process wrote, stderr marked, under the docker logs command it stands for', async () => {
    const sim = createSimulator({ seed: 11 });
    await sim.exec(`docker run -d --name job busybox sh -c 'echo out; echo err >&2; sleep 300'`);
    const { container } = render(withSim(sim, <LogsPanel container={selected(sim, 'job')} />));
    expect(container.querySelector('h2')?.textContent).toContain('docker logs -f job');
    expect(shown(container)).toEqual([
      ['stdout', 'out'],
      ['stderr', 'err'],
    ]);
  });

  it('follows new output as the clock runs, and keeps the output of earlier runs after a restart', async () => {
    const sim = createSimulator({ seed: 11 });
    await sim.exec(`docker run -d --name tick busybox sh -c 'while true; do echo tick; sleep 1; done'`);
    const { container, rerender } = render(withSim(sim, <LogsPanel container={selected(sim, 'tick')} />));
    expect(shown(container)).toHaveLength(1);
    await act(() => sim.advance(2000));
    expect(shown(container)).toHaveLength(3);
    await sim.exec('docker restart -t 0 tick');
    await act(() => sim.advance(100));
    rerender(withSim(sim, <LogsPanel container={selected(sim, 'tick')} />));
    expect(shown(container).length).toBeGreaterThanOrEqual(4);
    expect(container.textContent).toContain('until the container is removed');
  });

  it('says so when nothing is selected, and when the process wrote nothing', async () => {
    const sim = createSimulator({ seed: 11 });
    await sim.exec('docker run -d --name quiet busybox sleep 300');
    expect(render(withSim(sim, <LogsPanel container={null} />)).container.textContent).toContain(
      'Select a container to see what its process wrote.',
    );
    const { container } = render(withSim(sim, <LogsPanel container={selected(sim, 'quiet')} />), 'ko');
    expect(container.textContent).toContain('quiet 컨테이너는 아직 아무것도 출력하지 않았습니다.');
  });
});
