/** Replaying a real `docker events` log: reading it, and each container's states over time. */
export { parseEventsLog, parseTimestamp, parseAttributes, type ParsedLog, type UnreadableLine } from './parse';
export {
  containerTimelines,
  finalStates,
  stateAt,
  type ContainerTimeline,
  type StateChange,
  type TimelineOptions,
} from './timeline';
export {
  createReplay,
  replayOf,
  type Replay,
  type ReplayContainer,
  type ReplayEvent,
  type ReplayOptions,
  type ReplaySummary,
  type ReplayView,
} from './player';
