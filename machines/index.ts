/**
 * The model's only door out (house-style.md). The page, the terminal and every test use this.
 *
 * @example
 * const sim = createSimulator({ seed: 42 });
 * await sim.exec('docker run -d --name web nginx');
 * await sim.exec('docker stop web');          // kill(3) → die(0) → stop
 * sim.inspect('web')?.State.Status;           // 'exited'
 */
export { createSimulator, DEFAULT_START_TIME, type LiveSimulator } from './simulator';
export type {
  ContainerInspect,
  ContainerState,
  ContainerStatus,
  DockerEvent,
  ExecOptions,
  ExecResult,
  Fault,
  LifecycleState,
  RestartPolicy,
  Simulator,
  SimulatorOptions,
} from './types';
