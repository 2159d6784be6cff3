/**
 * The dispatch: one handler per docker verb of the command table, typed by the verb's parsed
 * flags. `{ [V in Verb]: Handler<V> }` makes the type system refuse a verb without a handler.
 */
import type { CreateFlags as CliCreateFlags, ParsedCommand } from '../cli/index';
import type { Driver, Operation } from '../engine/driver';
import { NO_STDIN, type OpInterrupts, type OpStdin } from '../interrupts';
import type { Verb } from '../vocabulary';
import { attachAndWait, create, run, type CreateFlags } from './create';
import { kill, pause, restart, rm, start, stop, unpause } from './lifecycle';
import { daemonError, type Output } from './output';
import { events, inspect, ps } from './query';
import { images, pull } from './images';
import { logs } from './logs';
import { wait } from './wait';
import { rename, update } from './rename';
import { prune } from './prune';
import { exec } from './exec';
import { attach } from './attach';
import { top } from './top';
import { statusOf } from '../engine/driver';

/** What a handler works with: the engine, the CLI's output, and the keys pressed meanwhile. */
export interface CommandContext {
  driver: Driver;
  out: Output;
  interrupts: OpInterrupts;
  /** The CLI's standard input (a prompt's answer); end of input when absent. */
  stdin?: OpStdin;
}

type Handler<V extends Verb> = (ctx: CommandContext, cmd: Extract<ParsedCommand, { verb: V }>) => Operation;

function createFlags(f: CliCreateFlags): CreateFlags {
  return {
    ...(f.name !== undefined ? { name: f.name } : {}),
    restart: f.restart,
    labels: f.label,
    rm: f.rm,
    ...(f.stopSignal !== undefined ? { stopSignal: f.stopSignal } : {}),
    ...(f.stopTimeout !== undefined ? { stopTimeout: f.stopTimeout } : {}),
    init: f.init,
    interactive: f.interactive,
    tty: f.tty,
    env: f.env,
    health: f.health,
  };
}

/** `docker start -a`: attach to one container, start it, and wait for it to exit. */
function* startAttached(
  { driver, out, interrupts }: CommandContext,
  args: readonly string[],
  interactive: boolean,
): Operation {
  if (args.length > 1) {
    out.err('you cannot start and attach multiple containers at once');
    return out.result(1);
  }
  const arg = args[0] ?? '';
  const found = driver.find(arg);
  if (!found.ok) {
    const error = daemonError(found.error, { arg });
    out.err(error);
    out.touch({ arg, outcome: 'missing', error });
    return out.result(1);
  }
  const { id, name } = found.entry;
  if (statusOf(found.entry) === 'paused') {
    const error = `Error response from daemon: container ${id} is paused, unpause the container before attach`;
    out.err(error);
    out.touch({ arg, id, name, outcome: 'refused', error });
    return out.result(1);
  }
  driver.logEvent(id, 'attach');
  const mark = driver.engine.getSnapshot().context.log.length;
  const process = driver.context(id)?.process;
  const fromRun = driver.context(id)?.runs.length ?? 0;
  const ref = found.entry.ref;
  driver.deliver(id, { type: 'cli.start' });
  const reply = driver.context(id)?.reply;
  if (reply?.kind === 'error') {
    const error = daemonError(reply.error, { arg, id, name }, reply.detail ?? '');
    out.err(error);
    out.touch({ arg, id, name, outcome: 'refused', error });
    return out.result(1);
  }
  if (process?.startError) {
    const error = `Error response from daemon: ${process.startError.message}`;
    out.err(error);
    out.touch({ arg, id, name, outcome: 'refused', error });
    return out.result(1);
  }
  out.touch({ arg, id, name, outcome: reply?.kind === 'not-modified' ? 'no-op' : 'done' });
  // docker/cli start.go forwards signals only without a TTY; -i attaches stdin (raw with a TTY).
  const config = driver.context(id)?.config;
  const tty = config?.tty ?? false;
  const stdin = interactive && (config?.openStdin ?? false);
  return yield* attachAndWait(
    driver,
    out,
    { arg, id, name },
    config?.autoRemove ?? false,
    mark,
    interrupts,
    {
      mode: tty ? (stdin ? 'raw' : 'no-proxy') : 'proxy',
      stdin,
    },
    ref,
    reply?.kind === 'not-modified' ? Math.max(0, fromRun - 1) : fromRun,
    reply?.kind === 'not-modified' ? 'now' : 'run',
  );
}

export const HANDLERS: { [V in Verb]: Handler<V> } = {
  create: ({ driver, out }, cmd) => create(driver, out, cmd.args[0] ?? '', cmd.args.slice(1), createFlags(cmd.flags)),
  run: ({ driver, out, interrupts }, cmd) =>
    run(
      driver,
      out,
      cmd.args[0] ?? '',
      cmd.args.slice(1),
      {
        ...createFlags(cmd.flags),
        detach: cmd.flags.detach,
        sigProxy: cmd.flags.sigProxy,
        ...(cmd.flags.detachKeys !== undefined ? { detachKeys: cmd.flags.detachKeys } : {}),
      },
      interrupts,
    ),
  start: (ctx, cmd) =>
    cmd.flags.attach || cmd.flags.interactive
      ? startAttached(ctx, cmd.args, cmd.flags.interactive)
      : start(ctx.driver, ctx.out, cmd.args),
  stop: ({ driver, out, interrupts }, cmd) => stop(driver, out, cmd.args, cmd.flags, interrupts),
  restart: ({ driver, out, interrupts }, cmd) => restart(driver, out, cmd.args, cmd.flags, interrupts),
  kill: ({ driver, out }, cmd) => kill(driver, out, cmd.args, cmd.flags),
  pause: ({ driver, out }, cmd) => pause(driver, out, cmd.args),
  unpause: ({ driver, out }, cmd) => unpause(driver, out, cmd.args),
  rm: ({ driver, out, interrupts }, cmd) => rm(driver, out, cmd.args, cmd.flags, interrupts),
  ps: ({ driver, out }, cmd) => ps(driver, out, cmd.flags),
  inspect: ({ driver, out }, cmd) =>
    inspect(
      driver,
      out,
      cmd.args,
      cmd.flags,
      cmd.path === 'docker container inspect' ? 'container inspect' : 'inspect',
    ),
  events: ({ driver, out, interrupts }, cmd) => events(driver, out, cmd.flags, interrupts),
  images: ({ driver, out }, cmd) =>
    images(driver, out, cmd.args[0], cmd.flags, cmd.path === 'docker images' ? 'images' : 'image ls'),
  pull: ({ out }, cmd) => pull(out, cmd.args[0] ?? '', cmd.flags),
  logs: ({ driver, out, interrupts }, cmd) => logs(driver, out, cmd.args[0] ?? '', cmd.flags, interrupts),
  wait: ({ driver, out, interrupts }, cmd) => wait(driver, out, cmd.args, interrupts),
  rename: ({ driver, out }, cmd) => rename(driver, out, cmd.args[0] ?? '', cmd.args[1] ?? ''),
  update: ({ driver, out }, cmd) => update(driver, out, cmd.args, cmd.flags),
  prune: ({ driver, out, interrupts, stdin }, cmd) => prune(driver, out, cmd.flags, interrupts, stdin ?? NO_STDIN),
  exec: ({ driver, out, interrupts }, cmd) =>
    exec(driver, out, cmd.args[0] ?? '', cmd.args.slice(1), cmd.flags, interrupts),
  attach: ({ driver, out, interrupts }, cmd) => attach(driver, out, cmd.args[0] ?? '', cmd.flags, interrupts),
  top: ({ driver, out }, cmd) => top(driver, out, cmd.args[0] ?? '', cmd.args.slice(1)),
};

/** The operation a parsed command line stands for. */
export function operationFor(ctx: CommandContext, cmd: ParsedCommand): Operation {
  const handler = HANDLERS[cmd.verb] as Handler<typeof cmd.verb>;
  return handler(ctx, cmd as never);
}
