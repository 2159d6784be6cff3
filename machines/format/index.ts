/**
 * docker/cli's output formatting, as pure functions: ps tables and --format templates, inspect
 * JSON, events lines, HumanDuration and the STATUS column, Go's tabwriter and time formats.
 */
export { statusText } from './status';
export { humanDuration } from '../go/units';
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
export { TabWriter, formatTable } from '../go/tabwriter';
export { executeTemplate, isTableFormat, parseTemplate, templateString, type Template } from './template';
export {
  ZERO_TIME,
  ZERO_TIME_MS,
  formatGoTimeString,
  formatRfc3339Nano,
  formatRfc3339NanoFixed,
  isZeroTime,
  parseRfc3339,
} from '../go/time';
export { ellipsis, truncateId } from './display';
export { goQuote } from '../go/strconv';
export { humanSizeWithPrecision } from '../go/units';
export { familiarImage } from './reference';
