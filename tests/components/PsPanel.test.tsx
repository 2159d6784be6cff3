// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulator, type LiveSimulator } from '../../machines/index';
import { PsPanel } from '../../src/components/panels/PsPanel';
import { cleanup, click, lines, press, render, withSim } from './render';

afterEach(cleanup);

const rowsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[role="grid"] [role="row"]')];
const containerRows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-container]')];
const idOf = (sim: LiveSimulator, name: string) => sim.inspect(name)?.Id ?? '';

describe('PsPanel', () => {
  let sim: LiveSimulator;
  beforeEach(async () => {
    sim = createSimulator({ seed: 7 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker create --name db redis');
    await sim.advance(1500);
    await sim.exec("docker run -d --name job busybox sh -c 'sleep 2; exit 3'");
    await sim.advance(2500);
    await sim.exec('docker pause web');
  });

  it('shows exactly the lines docker ps -a prints, header first, one row element per line', () => {
    const { container } = render(withSim(sim, <PsPanel selectedId={null} onSelect={() => {}} />));
    const expected = lines(sim.query('docker ps -a')?.stdout ?? '');
    expect(expected).toHaveLength(4);
    expect(rowsOf(container).map((r) => r.textContent)).toEqual(expected);
    expect(container.textContent).toContain('Exited (3) ');
    expect(container.textContent).toContain('(Paused)');
  });

  it('gives each container row its name in data-container, in the order docker ps -a lists them', () => {
    const { container } = render(withSim(sim, <PsPanel selectedId={null} onSelect={() => {}} />));
    expect(containerRows(container).map((r) => r.dataset.container)).toEqual(['job', 'db', 'web']);
    for (const row of containerRows(container))
      expect(row.textContent?.endsWith(row.dataset.container ?? '?')).toBe(true);
  });

  it('selects a container by a click, by Enter and by Space, and marks only the selected row', () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(withSim(sim, <PsPanel selectedId={null} onSelect={onSelect} />));
    const row = (name: string) => container.querySelector<HTMLElement>(`[data-container="${name}"]`)!;
    click(row('web'));
    press(row('db'), 'Enter');
    press(row('job'), ' ');
    expect(onSelect.mock.calls).toEqual([[idOf(sim, 'web')], [idOf(sim, 'db')], [idOf(sim, 'job')]]);

    rerender(withSim(sim, <PsPanel selectedId={idOf(sim, 'db')} onSelect={onSelect} />));
    expect(containerRows(container).map((r) => r.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    for (const r of containerRows(container)) expect(r.tabIndex).toBe(0);
  });

  it('moves the focus between rows with the arrow keys, Home and End', () => {
    const { container } = render(withSim(sim, <PsPanel selectedId={null} onSelect={() => {}} />));
    const [job, db, web] = containerRows(container);
    job!.focus();
    press(job!, 'ArrowDown');
    expect(document.activeElement).toBe(db);
    press(db!, 'End');
    expect(document.activeElement).toBe(web);
    press(web!, 'ArrowUp');
    expect(document.activeElement).toBe(db);
    press(db!, 'Home');
    expect(document.activeElement).toBe(job);
  });

  it('follows the simulated clock and new containers, and reads the table again only when its text could change', async () => {
    const query = vi.spyOn(sim, 'query');
    const { container } = render(withSim(sim, <PsPanel selectedId={null} onSelect={() => {}} />));
    const reads = query.mock.calls.length;
    expect(reads).toBe(2);

    // A tenth of a second later nothing in the table reads differently: no new query.
    await act(() => sim.advance(100));
    expect(query.mock.calls.length).toBe(reads);

    await act(() => sim.advance(60_000));
    expect(query.mock.calls.length).toBe(reads + 2);
    expect(rowsOf(container).map((r) => r.textContent)).toEqual(lines(sim.query('docker ps -a')?.stdout ?? ''));
    expect(container.textContent).toContain('About a minute ago');

    await act(() => sim.exec('docker rm db'));
    expect(containerRows(container).map((r) => r.dataset.container)).toEqual(['job', 'web']);
  });

  it('shows only the header and a hint when there are no containers, in Korean too', () => {
    const empty = createSimulator();
    const { container } = render(withSim(empty, <PsPanel selectedId={null} onSelect={() => {}} />), 'ko');
    expect(rowsOf(container).map((r) => r.textContent)).toEqual(lines(empty.query('docker ps -a')?.stdout ?? ''));
    expect(containerRows(container)).toHaveLength(0);
    expect(container.textContent).toContain('아직 컨테이너가 없습니다');
    expect(container.querySelector('h2')?.textContent).toContain('docker ps -a');
  });
});
