/**
 * The docker CLI front end of the simulator: tokenizer, command table, parser and help.
 * Pure data and functions; the engine executes the ParsedCommand it returns.
 */
export { tokenize } from './tokenize';
export type { TokenizeResult } from './tokenize';
export {
  ADDITIONAL_HELP,
  CLI_GIT_COMMIT,
  CLI_VERSION,
  COMMANDS,
  FORMAT_HELP,
  GLOBAL_FLAGS,
  INSPECT_FORMAT_HELP,
  ROOT_COMMAND,
} from './commands';
export type { ArgRule, CommandSpec, FlagSpec, FlagType, Verb } from './flagspec';
export { parseCommandLine, parseDockerArgs } from './parse';
export type { ParsedCommand, ParseOutcome } from './parse';
export type {
  CreateFlags,
  EventsFlags,
  Filter,
  FlagsByVerb,
  ImagesFlags,
  LogsFlags,
  UpdateFlags,
  PruneFlags,
  ExecFlags,
  AttachFlags,
  PullFlags,
  InspectFlags,
  KillFlags,
  PauseFlags,
  PsFlags,
  RestartFlags,
  RmFlags,
  RunFlags,
  StartFlags,
  StopFlags,
  UnpauseFlags,
} from './typedflags';
export { parseRestartPolicy } from './typedflags';
export { stdinTtyError } from './validate';
export { DEFAULT_TERMINAL_WIDTH, helpText, resolveChain, rootHelp, verbHelp } from './help';
export { commandPath, useLine } from './tree';
export type { CommandChain } from './tree';
export { complete, type Completion, type CompletionContext } from './complete';
