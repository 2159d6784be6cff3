/**
 * The daemon's refusals (docker-lifecycle.md §3), as data. A machine names the error; the CLI
 * layer renders it with the argument as typed, because only the CLI knows what was typed.
 */

export type DaemonErrorId =
  | 'E1'
  | 'E3'
  | 'E5'
  | 'E6'
  | 'E7'
  | 'E8'
  | 'E9'
  | 'E12'
  | 'E13'
  | 'E14'
  | 'E15'
  | 'E16'
  | 'E17'
  | 'E17k'
  | 'E18'
  | 'E21'
  | 'E22'
  | 'EINVALSIG'
  | 'ESTART'
  | 'ETEARDOWN'
  | 'EPOLICY'
  | 'EAUTOREMOVE';

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
  http: number;
  text: (c: ErrorContext) => string;
}

export const DAEMON_ERRORS: Record<DaemonErrorId, ErrorSpec> = {
  E1: { http: 409, text: () => 'cannot start a paused container, try unpause instead' },
  E3: { http: 409, text: () => 'container is marked for removal and cannot be started' },
  E5: { http: 409, text: (c) => `container ${c.id} is not running` },
  E6: { http: 409, text: (c) => `container ${c.id} is already paused` },
  E7: { http: 409, text: (c) => `Container ${c.id} is restarting, wait until the container is running` },
  // Plain fmt.Errorf in daemon/unpause.go: no errdefs type, so a 500.
  E8: { http: 500, text: (c) => `Container ${c.id} is not paused` },
  E9: { http: 409, text: (c) => `cannot kill container: ${c.arg}: container ${c.id} is not running` },
  // daemon/restart.go flattens every inner error with %v.
  E12: { http: 500, text: (c) => `Cannot restart container ${c.arg}: ${c.detail}` },
  E13: {
    http: 409,
    text: (c) =>
      `cannot remove container "${c.arg}": container is running: stop the container before removing or force remove`,
  },
  E14: {
    http: 409,
    text: (c) =>
      `cannot remove container "${c.arg}": container is restarting: stop the container before removing or force remove`,
  },
  E15: {
    http: 409,
    text: (c) => `cannot remove container "${c.arg}": container is paused and must be unpaused first`,
  },
  E16: { http: 409, text: (c) => `removal of container ${c.arg} is already in progress` },
  E17: { http: 404, text: (c) => `No such container: ${c.arg}` },
  E17k: { http: 404, text: (c) => `cannot kill container: ${c.arg}: No such container: ${c.arg}` },
  E18: {
    http: 409,
    text: (c) =>
      `Conflict. The container name "/${c.name}" is already in use by container "${c.id}". You have to remove (or rename) that container to be able to reuse that name.`,
  },
  E21: { http: 400, text: (c) => `multiple IDs found with provided prefix: ${c.arg}` },
  E22: {
    http: 400,
    text: (c) => `Invalid container name (${c.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
  },
  EINVALSIG: { http: 400, text: (c) => c.detail },
  ESTART: { http: 400, text: (c) => c.detail },
  ETEARDOWN: { http: 500, text: (c) => c.detail },
  EPOLICY: { http: 400, text: (c) => c.detail },
  EAUTOREMOVE: { http: 400, text: () => "can't create 'AutoRemove' container with restart policy" },
};

/** The daemon's message for an error, ready for `Error response from daemon: `. */
export function daemonMessage(id: DaemonErrorId, ctx: Partial<ErrorContext>): string {
  return DAEMON_ERRORS[id].text({ arg: '', id: '', name: '', detail: '', ...ctx });
}

/** HTTP 200–399 count as success for the client (client/request.go checkResponseErr). */
export function isSuccess(http: number): boolean {
  return http >= 200 && http < 400;
}
