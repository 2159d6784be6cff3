/** Shared containers for the format tests. Times are literal RFC 3339 strings. */
import type { ContainerInspect, ContainerState } from '../../../machines/types';

/** 2026-01-01T01:00:00Z */
export const NOW = Date.UTC(2026, 0, 1, 1, 0, 0);
export const ZERO = '0001-01-01T00:00:00Z';

export const DB_ID = 'c3a1f0e2d4b5968778695a4b3c2d1e0fc3a1f0e2d4b5968778695a4b3c2d1e0f';
export const WEB_ID = 'b2c4e6f8a0b1324354657687980a1b2cb2c4e6f8a0b1324354657687980a1b2c';
export const JOB_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

export function state(over: Partial<ContainerState>): ContainerState {
  return {
    Status: 'created',
    Running: false,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: 0,
    ExitCode: 0,
    Error: '',
    StartedAt: ZERO,
    FinishedAt: ZERO,
    ...over,
  };
}

export function container(
  over: Partial<ContainerInspect> & { Id: string; Name: string; Image: string },
): ContainerInspect {
  return {
    Created: '2026-01-01T00:00:00Z',
    Path: 'sh',
    Args: [],
    State: state({}),
    RestartCount: 0,
    HostConfig: {
      AutoRemove: false,
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      Init: null,
    },
    Config: {
      Image: over.Image,
      Cmd: null,
      Entrypoint: null,
      Labels: {},
      Tty: false,
      OpenStdin: false,
    },
    ...over,
  };
}

/** Created 5 s ago (to the whole second), never started. */
export const db = container({
  Id: DB_ID,
  Name: '/db',
  Image: 'postgres',
  Created: '2026-01-01T00:59:55.123456789Z',
  Path: 'docker-entrypoint.sh',
  Args: ['postgres'],
  Config: {
    Image: 'postgres',
    Cmd: ['postgres'],
    Entrypoint: ['docker-entrypoint.sh'],
    Labels: {},
    Tty: false,
    OpenStdin: false,
    StopSignal: 'SIGINT',
  },
});

/** Up 64.5 s, paused. */
export const web = container({
  Id: WEB_ID,
  Name: '/web',
  Image: 'nginx:1.27',
  Created: '2026-01-01T00:58:50Z',
  Path: '/docker-entrypoint.sh',
  Args: ['nginx', '-g', 'daemon off;'],
  State: state({
    Status: 'paused',
    Running: true,
    Paused: true,
    Pid: 4242,
    StartedAt: '2026-01-01T00:58:55.5Z',
  }),
  Config: {
    Image: 'nginx:1.27',
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Labels: {},
    Tty: false,
    OpenStdin: false,
    StopSignal: 'SIGQUIT',
  },
});

/** Created 3 days ago, killed 2 s ago. */
export const job = container({
  Id: JOB_ID,
  Name: '/job',
  Image: 'busybox',
  Created: '2025-12-29T01:00:00Z',
  Path: 'sleep',
  Args: ['1000'],
  State: state({
    Status: 'exited',
    ExitCode: 137,
    StartedAt: '2025-12-29T01:00:01Z',
    FinishedAt: '2026-01-01T00:59:58Z',
  }),
  Config: {
    Image: 'busybox',
    Cmd: ['sleep', '1000'],
    Entrypoint: null,
    Labels: {},
    Tty: false,
    OpenStdin: false,
  },
});

/** Newest first, as the daemon lists them. */
export const ALL = [db, web, job];
