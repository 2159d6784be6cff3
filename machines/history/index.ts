/** A session with a history that can be undone, redone, jumped through, and replayed from a record. */
export {
  RecordedSession,
  isStep,
  type HistoryDetail,
  type HistoryPosition,
  type HistoryRecord,
  type HistoryStep,
  type RecordedSessionEvents,
  type SessionBase,
} from './session';
export {
  RECORD_VERSION,
  packHeader,
  packRecord,
  readSession,
  unpackRecord,
  type PackedHeader,
  type PackedRecord,
  type ReadResult,
  type SessionData,
} from './record';
