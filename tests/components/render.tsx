/**
 * Renders a component the way the page does (React 19, an I18nProvider with a real catalog) into
 * a detached jsdom container. For tests that run under `// @vitest-environment jsdom`.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { I18nProvider, type Lang } from '../../src/i18n/i18n';
import * as engine from '../../machines/index';
import { ShellSession, type LiveSimulator } from '../../machines/index';
import { SimulatorContext, simulatorApi, type Focus } from '../../src/sim/SimulatorProvider';

/** The page's view of a simulator made in a test: its shell session and actions, no clock. */
const apis = new WeakMap<LiveSimulator, ReturnType<typeof simulatorApi>>();
export function apiFor(sim: LiveSimulator) {
  let api = apis.get(sim);
  if (!api) {
    api = simulatorApi(engine, sim, new ShellSession(sim));
    apis.set(sim, api);
  }
  return api;
}

/** Wraps a component in the simulator context, as the page's provider would. */
export function withSim(sim: LiveSimulator, ui: ReactNode, focus: Focus | null = null): ReactNode {
  return (
    <SimulatorContext api={apiFor(sim)} focus={focus}>
      {ui}
    </SimulatorContext>
  );
}

// React warns about updates outside act() unless it knows it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(ui: ReactNode): void;
  unmount(): void;
}

const mounted = new Set<Rendered>();

export function render(ui: ReactNode, lang: Lang = 'en'): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  const wrap = (node: ReactNode) => (
    <I18nProvider lang={lang} messages={lang === 'ko' ? ko : en}>
      {node}
    </I18nProvider>
  );
  act(() => {
    root = createRoot(container);
    root.render(wrap(ui));
  });
  const rendered: Rendered = {
    container,
    rerender(next) {
      act(() => root?.render(wrap(next)));
    },
    unmount() {
      act(() => root?.unmount());
      container.remove();
      mounted.delete(rendered);
    },
  };
  mounted.add(rendered);
  return rendered;
}

/** Unmounts whatever a test left mounted (call from afterEach). */
export function cleanup(): void {
  for (const r of [...mounted]) r.unmount();
}

/** Clicks an element, or presses a key on it, inside act(). */
export function click(el: Element): void {
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

export function press(el: Element, key: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/** The lines of a CLI output, without the newline that ends the last one. */
export function lines(text: string): string[] {
  return text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined);
}
