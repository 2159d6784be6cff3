/**
 * docker/cli's output formatting, as pure functions: ps tables and --format templates, inspect
 * JSON, events lines, HumanDuration and the STATUS column, Go's tabwriter and time formats.
 */
export { humanDuration, statusText } from './duration';
export {
  formatEvent,
  formatEventLine,
  validateEventFormat,
  eventNanos,
  parseTimeArg,
  sinceAfterUntilError,
  type EventLine,
  type TimeArg,
} from './events';
export { formatInspect, inspectJson, type InspectItem, type InspectOptions } from './inspect';
export {
  formatPs,
  newContainerFormat,
  psCommand,
  psJsonRow,
  psRow,
  psSummary,
  writeContainers,
  DEFAULT_PLATFORM,
  type PsDetails,
  type PsOptions,
} from './ps';
export type { PlatformSpec, PsSummary, MountSummary } from './ps-context';
export { TabWriter, formatTable } from './tabwriter';
export { executeTemplate, isTableFormat, parseTemplate, templateString, type Template } from './template';
export {
  ZERO_TIME,
  ZERO_TIME_MS,
  formatGoTimeString,
  formatRfc3339Nano,
  formatRfc3339NanoFixed,
  isZeroTime,
  parseRfc3339,
} from './time';
export { ellipsis, truncateId } from './display';
export { goQuote } from './gostrconv';
export { humanSizeWithPrecision } from './size';
export { familiarImage } from './reference';
