// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator, formatEventLine, type LiveSimulator } from '../../machines/index';
import { EventsPanel } from '../../src/components/panels/EventsPanel';
import { cleanup, render, withSim } from './render';

afterEach(cleanup);

const shownLines = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-event-index]')];
const text = (els: HTMLElement[]) => els.map((e) => e.textContent);

async function stopped(): Promise<{ sim: LiveSimulator; from: number; step: number }> {
  const sim = createSimulator({ seed: 5 });
  await sim.exec('docker run -d --name web busybox sleep 300');
  await sim.exec('docker run -d --name proxy nginx');
  const from = sim.events().length;
  const { step } = await sim.run('docker stop web');
  return { sim, from, step };
}

describe('EventsPanel', () => {
  it('prints every event exactly as formatEventLine (the docker events CLI) does, oldest first', async () => {
    const { sim } = await stopped();
    const { container } = render(withSim(sim, <EventsPanel />));
    expect(text(shownLines(container))).toEqual(sim.events().map(formatEventLine));
    expect(text(shownLines(container)).at(-2)).toContain('container die ');
    expect(container.querySelector('h2')?.textContent).toContain('docker events');
    expect(container.querySelector('[role="log"]')?.getAttribute('aria-live')).toBe('off');
  });

  it('marks the lines of the step being explained (each event records its step)', async () => {
    const { sim, from, step } = await stopped();
    const latest = sim.events().slice(from);
    const { container } = render(withSim(sim, <EventsPanel />, { step, report: null, version: 1 }));
    const marked = shownLines(container).filter((l) => l.dataset.latest === 'true');
    expect(text(marked)).toEqual(latest.map(formatEventLine));
    expect(marked.map((l) => Number(l.dataset.eventIndex))).toEqual([4, 5, 6, 7]);
  });

  it('renders only the last 200 lines and says how many there are', async () => {
    const sim = createSimulator({ seed: 5 });
    await sim.exec('docker run -d --name web nginx');
    for (let i = 0; i < 130; i++) {
      await sim.exec('docker pause web');
      await sim.exec('docker unpause web');
    }
    const all = sim.events().map(formatEventLine);
    expect(all).toHaveLength(262);
    const { container } = render(withSim(sim, <EventsPanel />));
    expect(text(shownLines(container))).toEqual(all.slice(-200));
    expect(container.textContent).toContain('Showing the last 200 of 262 events.');
    const ko = render(withSim(sim, <EventsPanel />), 'ko');
    expect(ko.container.textContent).toContain('전체 262개 중 마지막 200개 이벤트를 보여 줍니다.');
  });

  it('follows new events while the reader is at the bottom, and stays put once they scroll up', async () => {
    const sim = createSimulator({ seed: 5 });
    await sim.exec('docker run -d --name web nginx');
    const { container } = render(withSim(sim, <EventsPanel />));
    const log = container.querySelector<HTMLElement>('[role="log"]')!;
    // jsdom has no layout: give the box a height, a content height and a scroll position.
    let top = 0;
    Object.defineProperty(log, 'clientHeight', { configurable: true, get: () => 100 });
    Object.defineProperty(log, 'scrollHeight', { configurable: true, get: () => 40 * log.children.length });
    Object.defineProperty(log, 'scrollTop', { configurable: true, get: () => top, set: (v: number) => (top = v) });

    for (let i = 0; i < 5; i++) await act(() => sim.exec(i % 2 ? 'docker unpause web' : 'docker pause web'));
    expect(top).toBe(40 * 7);

    top = 0;
    log.dispatchEvent(new Event('scroll'));
    await act(() => sim.exec('docker unpause web'));
    expect(top).toBe(0);
  });

  it('shows a hint before there are any events', () => {
    const sim = createSimulator();
    const { container } = render(withSim(sim, <EventsPanel />));
    expect(shownLines(container)).toHaveLength(0);
    expect(container.textContent).toContain('No events yet.');
  });
});
