/**
 * A container as `docker inspect` shows it, and the log as `docker events` shows it: projections
 * of the machines' context into the contract's shapes (simulator-contract.md §1).
 */
import type { ContainerContext } from '../container/context';
import type { StatusName } from '../container/logic';
import type { ContainerInspect, ContainerStatus, DockerEvent, Move } from '../types';
import type { LoggedEvent, LoggedMove } from './machine';
import { formatRfc3339Nano, ZERO_TIME } from '../go/time';
import type { HealthConfig } from '../images';

/** api/types/container HealthConfig as JSON: every field but Test is `omitempty`. */
function healthcheckJson(hc: HealthConfig): NonNullable<ContainerInspect['Config']['Healthcheck']> {
  const out: NonNullable<ContainerInspect['Config']['Healthcheck']> = { Test: [...hc.test] };
  if (hc.interval) out.Interval = hc.interval;
  if (hc.timeout) out.Timeout = hc.timeout;
  if (hc.startPeriod) out.StartPeriod = hc.startPeriod;
  if (hc.startInterval) out.StartInterval = hc.startInterval;
  if (hc.retries) out.Retries = hc.retries;
  return out;
}

/** Go's time.RFC3339Nano in UTC, to the millisecond the virtual clock keeps. */
const rfc3339Nano = (ms: number) => formatRfc3339Nano(Math.floor(ms));

export function toInspect(ctx: ContainerContext, status: Exclude<StatusName, 'removed'>): ContainerInspect {
  const argv = [...(ctx.config.entrypoint ?? []), ...(ctx.config.cmd ?? [])];
  const state: ContainerStatus = status;
  return {
    Id: ctx.id,
    Created: rfc3339Nano(ctx.created),
    Path: argv[0] ?? '',
    Args: argv.slice(1),
    State: {
      Status: state,
      Running: status === 'running' || status === 'paused' || status === 'restarting',
      Paused: status === 'paused',
      Restarting: status === 'restarting',
      OOMKilled: ctx.oomKilled,
      Dead: status === 'dead',
      Pid: status === 'running' || status === 'paused' ? ctx.pid : 0,
      ExitCode: ctx.exitCode,
      Error: ctx.error,
      StartedAt: ctx.startedAt === null ? ZERO_TIME : rfc3339Nano(ctx.startedAt),
      FinishedAt: ctx.finishedAt === null ? ZERO_TIME : rfc3339Nano(ctx.finishedAt),
      ...(ctx.health
        ? {
            Health: {
              Status: ctx.health.status,
              FailingStreak: ctx.health.failingStreak,
              Log: ctx.health.log.map((r) => ({
                Start: rfc3339Nano(r.start),
                End: rfc3339Nano(r.end),
                ExitCode: r.exitCode,
                Output: r.output,
              })),
            },
          }
        : {}),
    },
    Image: ctx.config.image,
    Name: `/${ctx.name}`,
    RestartCount: ctx.restartCount,
    HostConfig: {
      AutoRemove: ctx.config.autoRemove,
      RestartPolicy: { ...ctx.config.restartPolicy },
      Init: ctx.config.init ? true : null,
    },
    Config: {
      Image: ctx.config.image,
      Cmd: ctx.config.cmd ? [...ctx.config.cmd] : null,
      Entrypoint: ctx.config.entrypoint ? [...ctx.config.entrypoint] : null,
      Labels: { ...ctx.config.labels },
      Tty: ctx.config.tty,
      OpenStdin: ctx.config.openStdin,
      ...(ctx.config.healthcheck ? { Healthcheck: healthcheckJson(ctx.config.healthcheck) } : {}),
      ...(ctx.config.stopSignal ? { StopSignal: ctx.config.stopSignal } : {}),
      ...(ctx.config.stopTimeout !== undefined ? { StopTimeout: ctx.config.stopTimeout } : {}),
    },
  };
}

/** daemon/events.go: labels, then `image`, then `name`; Go prints map keys sorted. */
export function toDockerEvent(e: LoggedEvent): DockerEvent {
  const all: Record<string, string> = e.daemon
    ? { ...e.attributes }
    : { ...e.labels, ...e.attributes, image: e.image, name: e.name };
  const Attributes: Record<string, string> = {};
  for (const key of Object.keys(all).sort()) Attributes[key] = all[key] ?? '';
  return {
    Type: 'container',
    Action: e.action,
    Actor: { ID: e.id, Attributes },
    scope: 'local',
    time: Math.floor(e.at / 1000),
    timeNano: Math.round(e.at * 1e6),
  };
}

/** A logged move in the contract's shape (§1.1). */
export function toMove(m: LoggedMove): Move {
  return {
    container: m.id,
    name: m.name,
    from: m.from,
    to: m.to,
    cause: m.cause,
    timeNano: Math.round(m.at * 1e6),
    step: m.step,
    ...(m.exitCode !== undefined ? { exitCode: m.exitCode } : {}),
    ...(m.signal !== undefined ? { signal: m.signal } : {}),
    events: [...m.events],
  };
}
