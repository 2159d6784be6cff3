/**
 * A container's events, turned into the stages its token plays: moves along edges and pulses
 * (a signal arriving, a stop or restart finishing). Pure, so it is easy to test.
 */
import type { DockerEvent, LifecycleState } from '../../machines/index';

export type Stage = { kind: 'move'; to: LifecycleState } | { kind: 'pulse'; label: string };

const SIGNALS: Record<string, string> = {
  '1': 'SIGHUP',
  '2': 'SIGINT',
  '3': 'SIGQUIT',
  '9': 'SIGKILL',
  '15': 'SIGTERM',
  '28': 'SIGWINCH',
};

/**
 * Stages for one container's events, oldest first. `finalStatus` (where the model says it is now)
 * decides where a `die` leads: to `restarting` when a restart policy caught it and no `start`
 * followed yet, otherwise to `exited`.
 */
export function stagesFor(events: readonly DockerEvent[], finalStatus: LifecycleState): Stage[] {
  const stages: Stage[] = [];
  events.forEach((e, i) => {
    switch (e.Action) {
      case 'create':
        stages.push({ kind: 'move', to: 'created' });
        break;
      case 'start':
      case 'unpause':
        stages.push({ kind: 'move', to: 'running' });
        break;
      case 'pause':
        stages.push({ kind: 'move', to: 'paused' });
        break;
      case 'kill': {
        const s = e.Actor.Attributes.signal ?? '9';
        stages.push({ kind: 'pulse', label: SIGNALS[s] ?? `signal ${s}` });
        break;
      }
      case 'oom':
        stages.push({ kind: 'pulse', label: 'OOM' });
        break;
      case 'die': {
        const laterStart = events.slice(i + 1).some((x) => x.Action === 'start');
        const laterDestroy = events.slice(i + 1).some((x) => x.Action === 'destroy');
        const to: LifecycleState =
          !laterStart && !laterDestroy && finalStatus === 'restarting' ? 'restarting' : 'exited';
        stages.push({ kind: 'pulse', label: `exit ${e.Actor.Attributes.exitCode ?? ''}`.trim() });
        stages.push({ kind: 'move', to });
        break;
      }
      case 'stop':
      case 'restart':
        stages.push({ kind: 'pulse', label: e.Action });
        break;
      case 'destroy':
        stages.push({ kind: 'move', to: 'removed' });
        break;
      default:
        break;
    }
  });
  return stages;
}
