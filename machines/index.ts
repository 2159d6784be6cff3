/**
 * The model's only door out (house-style.md). The page, the terminal and every test use this.
 *
 * @example
 * const sim = createSimulator({ seed: 42 });
 * await sim.exec('docker run -d --name web nginx');
 * await sim.exec('docker stop web');          // kill(3) → die(0) → stop
 * sim.inspect('web')?.State.Status;           // 'exited'
 */
export {
  createSimulator,
  DEFAULT_START_TIME,
  type CommandReport,
  type ContainerLogLine,
  type LiveSimulator,
  type Step,
  type TargetOutcome,
  type TracedEvent,
} from './simulator';
export { createInterruptSource, type Attachment, type InterruptSource, type TerminalKey } from './interrupts';
export { edgeAllows, lifecycleGraph, type LifecycleEdge } from './view/graph';
export {
  AUTOMATIC_CAUSES,
  CONTAINER_STATES,
  CONTAINER_VERBS,
  FAULT_CAUSES,
  LEVEL_STATES,
  LEVELS,
  LIFECYCLE_STATES,
  LIFECYCLE_VERBS,
  VERBS,
  isAutomaticCause,
  type AutomaticCause,
  type ContainerVerb,
  type Level,
  type LifecycleVerb,
  type Verb,
} from './vocabulary';
export type { EventTrace, SignalSource } from './trace';
export type { PreviewAction, Verdict } from './view/preview';
export type { ContainerView, SimulatorView } from './view/snapshot';
export { COMMANDS as COMMAND_TABLE, complete, rootHelp, verbHelp, tokenize, type Completion } from './cli/index';
export type { CommandSpec, FlagSpec } from './cli/index';
export { IMAGE_NAMES } from './processes';
export { formatEventLine } from './format/index';
export { signalName, SIGNAL_MAP } from './signals';
export type {
  Cause,
  ContainerHealth,
  ContainerInspect,
  ContainerState,
  ContainerStatus,
  DockerEvent,
  ExecOptions,
  ExecResult,
  Fault,
  HealthcheckResult,
  LifecycleState,
  Move,
  RestartPolicy,
  Simulator,
  SimulatorOptions,
} from './types';
export {
  ShellSession,
  historyListing,
  type Hint,
  type OutputChunk,
  type ShellSnapshot,
  type ScriptLine,
  type TranscriptEntry,
} from './shell/session';
export { completeQuoted, shellQuote } from './shell/line';
export { jsonIndent as goJsonIndent } from './go/json';
export { actionLine, createLine, type ActionOptions, type CreateOptions } from './cli/compose';
export type { DaemonErrorId } from './errors';
export { mermaidDiagram, type MermaidOptions } from './export/index';
export { levelEdges, type LevelEdge } from './view/levels';
export {
  createReplay,
  parseEventsLog,
  type Replay,
  type ReplayContainer,
  type ReplayEvent,
  type ReplaySummary,
  type ReplayView,
} from './replay/index';
export { exportRun, type RunEntry } from './export/index';
export {
  RecordedSession,
  isStep,
  type HistoryPosition,
  type HistoryRecord,
  type HistoryStep,
  type SessionBase,
} from './history/index';
export {
  RECORD_VERSION,
  packHeader,
  packRecord,
  readSession,
  type PackedRecord,
  type ReadResult,
  type SessionData,
} from './history/index';
export {
  goalMet,
  parseDemo,
  readLesson,
  type Demo,
  type DemoItem,
  type Goal,
  type Lesson,
  type LessonStep,
} from './lessons/index';
