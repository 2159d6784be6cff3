/**
 * The daemon's refusals (docker-lifecycle.md §3, docs/lifecycle.md), as data, each by a name that
 * says what went wrong. A machine names the error; the CLI layer renders it with the argument as
 * typed, because only the CLI knows what was typed.
 */

export type DaemonErrorId =
  | 'startPaused'
  | 'markedForRemoval'
  | 'notRunning'
  | 'alreadyPaused'
  | 'restartingCannotPause'
  | 'notPaused'
  | 'killNotRunning'
  | 'restartFailed'
  | 'rmRunning'
  | 'rmRestarting'
  | 'rmPaused'
  | 'removalInProgress'
  | 'noSuchContainer'
  | 'noSuchContainerKill'
  | 'nameInUse'
  | 'ambiguousPrefix'
  | 'invalidName'
  | 'invalidSignal'
  | 'startFailed'
  | 'teardownFailed'
  | 'invalidRestartPolicy'
  | 'autoRemoveWithRestart'
  | 'updateFailed'
  | 'execPaused'
  | 'execUser';

/** What the template may refer to. */
export interface ErrorContext {
  /** The container reference exactly as typed. */
  arg: string;
  /** Full 64-hex ID. */
  id: string;
  /** Name without its slash. */
  name: string;
  /** Extra text: a signal error, a start error, a policy error. */
  detail: string;
}

interface ErrorSpec {
  /** The row of docker-lifecycle.md §3 it comes from, where it has one. */
  spec?: string;
  http: number;
  text: (c: ErrorContext) => string;
}

export const DAEMON_ERRORS: Record<DaemonErrorId, ErrorSpec> = {
  startPaused: { spec: 'E1', http: 409, text: () => 'cannot start a paused container, try unpause instead' },
  markedForRemoval: { spec: 'E3', http: 409, text: () => 'container is marked for removal and cannot be started' },
  notRunning: { spec: 'E5', http: 409, text: (c) => `container ${c.id} is not running` },
  alreadyPaused: { spec: 'E6', http: 409, text: (c) => `container ${c.id} is already paused` },
  restartingCannotPause: {
    spec: 'E7',
    http: 409,
    text: (c) => `Container ${c.id} is restarting, wait until the container is running`,
  },
  // Plain fmt.Errorf in daemon/unpause.go: no errdefs type, so a 500.
  notPaused: { spec: 'E8', http: 500, text: (c) => `Container ${c.id} is not paused` },
  killNotRunning: {
    spec: 'E9',
    http: 409,
    text: (c) => `cannot kill container: ${c.arg}: container ${c.id} is not running`,
  },
  // daemon/restart.go flattens every inner error with %v.
  restartFailed: { spec: 'E12', http: 500, text: (c) => `Cannot restart container ${c.arg}: ${c.detail}` },
  rmRunning: {
    spec: 'E13',
    http: 409,
    text: (c) =>
      `cannot remove container "${c.arg}": container is running: stop the container before removing or force remove`,
  },
  rmRestarting: {
    spec: 'E14',
    http: 409,
    text: (c) =>
      `cannot remove container "${c.arg}": container is restarting: stop the container before removing or force remove`,
  },
  rmPaused: {
    spec: 'E15',
    http: 409,
    text: (c) => `cannot remove container "${c.arg}": container is paused and must be unpaused first`,
  },
  removalInProgress: { spec: 'E16', http: 409, text: (c) => `removal of container ${c.arg} is already in progress` },
  noSuchContainer: { spec: 'E17', http: 404, text: (c) => `No such container: ${c.arg}` },
  noSuchContainerKill: {
    spec: 'E17k',
    http: 404,
    text: (c) => `cannot kill container: ${c.arg}: No such container: ${c.arg}`,
  },
  nameInUse: {
    spec: 'E18',
    http: 409,
    text: (c) =>
      `Conflict. The container name "/${c.name}" is already in use by container "${c.id}". You have to remove (or rename) that container to be able to reuse that name.`,
  },
  ambiguousPrefix: { spec: 'E21', http: 400, text: (c) => `multiple IDs found with provided prefix: ${c.arg}` },
  invalidName: {
    spec: 'E22',
    http: 400,
    text: (c) => `Invalid container name (${c.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
  },
  invalidSignal: { http: 400, text: (c) => c.detail },
  startFailed: { http: 400, text: (c) => c.detail },
  teardownFailed: { http: 500, text: (c) => c.detail },
  invalidRestartPolicy: { http: 400, text: (c) => c.detail },
  autoRemoveWithRestart: { http: 400, text: () => "can't create 'AutoRemove' container with restart policy" },
  // daemon/update.go errCannotUpdate wraps what UpdateContainer refused (409 for AutoRemove).
  updateFailed: { http: 409, text: (c) => `Cannot update container ${c.id}: ${c.detail}` },
  // daemon/errors.go errExecPaused takes the reference as typed.
  execPaused: { http: 409, text: (c) => `Container ${c.arg} is paused, unpause the container before exec` },
  // daemon/exec.go ContainerExecCreate: getUser, an InvalidParameter.
  execUser: { http: 400, text: (c) => `unable to find user ${c.detail}: no matching entries in passwd file` },
};

/** The daemon's message for an error, ready for `Error response from daemon: `. */
export function daemonMessage(id: DaemonErrorId, ctx: Partial<ErrorContext>): string {
  return DAEMON_ERRORS[id].text({ arg: '', id: '', name: '', detail: '', ...ctx });
}

/** HTTP 200–399 count as success for the client (client/request.go checkResponseErr). */
export function isSuccess(http: number): boolean {
  return http >= 200 && http < 400;
}
