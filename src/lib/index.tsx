/**
 * The React package (`npm run build:lib`): the simulator as a component a React docs site
 * imports. Its CSS travels inside the JavaScript (scripts/vite/inline-css.ts) and goes into the
 * document once, through React's own `<style precedence>` (hoisted and de-duplicated, on the server
 * too); the engine and the catalogs load lazily, as on the page. `react` and `react-dom` are the
 * host's (peer dependencies).
 */
import css from 'virtual:container-lifecycle-css';
import { LifecycleSimulator as Simulator, type LifecycleSimulatorProps } from '../LifecycleSimulator';

export type { LifecycleSimulatorProps, PanelName } from '../LifecycleSimulator';
export type { Lang } from '../i18n/i18n';
export type { Speed } from '../sim/speed';
export type { Theme } from '../theme';
export type { Level } from '../viz/scene';
export type { DockerEvent, Move } from '../../machines/index';

/**
 * The whole simulator: diagram, controls, terminal and panels. Pass `layout="embed"` and
 * `panels={['diagram', 'controls', 'terminal']}` for the compact one-column embed.
 */
export function LifecycleSimulator(props: LifecycleSimulatorProps) {
  return (
    <>
      <style href="container-lifecycle" precedence="default">
        {css}
      </style>
      <Simulator {...props} />
    </>
  );
}
