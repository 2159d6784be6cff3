/**
 * Typed, per-verb views of the parsed flags: what the engine reads. Field semantics follow
 * docker/cli (e.g. stop's timeout is only sent when -t/--time was given: stop.go `timeoutChanged`).
 */
import type { RestartPolicy } from '../types';
import type { CommandSpec, Verb } from './flagspec';
import type { FlagStore } from './flagset';
import { goParseInt } from '../go/strconv';
import { effectiveFlags, flagNamed } from './tree';

/** A `--filter name=value` pair (name lower-cased and trimmed, value trimmed: opts.FilterOpt). */
export interface Filter {
  key: string;
  value: string;
}

/** Flags shared by `docker create` and `docker run` (cli/command/container/opts.go). */
export interface CreateFlags {
  /** `--name`; undefined when absent or empty (the daemon then picks a name). */
  name?: string;
  /**
   * `--restart` parsed by opts.ParseRestartPolicy (syntax only; the daemon validates names and
   * counts). Default `{ Name: 'no', MaximumRetryCount: 0 }`; `--restart ''` gives Name ''.
   */
  restart: RestartPolicy;
  /** `--restart` as typed (default "no"). */
  restartText: string;
  rm: boolean;
  /** `--stop-signal`; undefined when absent or empty. */
  stopSignal?: string;
  /** `--stop-timeout`; undefined unless given (Config.StopTimeout is only set when Changed). */
  stopTimeout?: number;
  init: boolean;
  /** Whether `--init` was given at all (HostConfig.Init is null otherwise). */
  initSet: boolean;
  interactive: boolean;
  tty: boolean;
  /** `-a`, lower-cased: stdin / stdout / stderr. */
  attach: string[];
  env: string[];
  publish: string[];
  volume: string[];
  label: string[];
  /** `--entrypoint`; `''` when given empty (resets the image's entrypoint), undefined when absent. */
  entrypoint?: string;
  workdir?: string;
  hostname?: string;
  user?: string;
  /** `--pull` (default "missing"). */
  pull: string;
  quiet: boolean;
  platform?: string;
  /** `--health-cmd` and the other `--health-*` flags (durations in ns), `--no-healthcheck`. */
  health: {
    cmd?: string;
    interval: number;
    timeout: number;
    startPeriod: number;
    startInterval: number;
    retries: number;
    none: boolean;
  };
}

export interface RunFlags extends CreateFlags {
  detach: boolean;
  /** `--sig-proxy` (default true). */
  sigProxy: boolean;
  detachKeys?: string;
}

export interface StartFlags {
  attach: boolean;
  interactive: boolean;
  detachKeys?: string;
}

export interface StopFlags {
  /** `-s/--signal`; undefined when absent or empty (the daemon's default then applies). */
  signal?: string;
  /** `-t/--timeout` (or deprecated `--time`); undefined when not given. May be negative. */
  timeout?: number;
}

export type RestartFlags = StopFlags;

export interface KillFlags {
  /** `-s/--signal`; undefined when absent or empty (the daemon's default, SIGKILL). */
  signal?: string;
}

export type PauseFlags = Record<string, never>;
export type UnpauseFlags = Record<string, never>;

export interface RmFlags {
  force: boolean;
  volumes: boolean;
  link: boolean;
}

export interface PsFlags {
  all: boolean;
  quiet: boolean;
  size: boolean;
  /** `--size` was given (even `--size=false`), see list.go `sizeChanged`. */
  sizeChanged: boolean;
  noTrunc: boolean;
  latest: boolean;
  /** `-n/--last` (default -1). */
  last: number;
  format?: string;
  filter: Filter[];
}

export interface InspectFlags {
  format?: string;
  size: boolean;
  /** `--type`; `docker container inspect` sets 'container'. */
  type?: string;
}

export interface EventsFlags {
  since?: string;
  until?: string;
  filter: Filter[];
  format?: string;
}

export interface ImagesFlags {
  all: boolean;
  quiet: boolean;
  noTrunc: boolean;
  digests: boolean;
  format?: string;
  filter: Filter[];
  tree: boolean;
}

export interface PullFlags {
  allTags: boolean;
  quiet: boolean;
  platform?: string;
}

export interface LogsFlags {
  follow: boolean;
  since?: string;
  until?: string;
  timestamps: boolean;
  details: boolean;
  /** `--tail` as typed (default `all`). */
  tail: string;
}

export interface FlagsByVerb {
  create: CreateFlags;
  run: RunFlags;
  start: StartFlags;
  stop: StopFlags;
  kill: KillFlags;
  restart: RestartFlags;
  pause: PauseFlags;
  unpause: UnpauseFlags;
  rm: RmFlags;
  ps: PsFlags;
  inspect: InspectFlags;
  events: EventsFlags;
  images: ImagesFlags;
  pull: PullFlags;
  logs: LogsFlags;
  wait: Record<string, never>;
  rename: Record<string, never>;
  update: UpdateFlags;
  prune: PruneFlags;
  exec: ExecFlags;
  attach: AttachFlags;
  top: Record<string, never>;
}

export interface AttachFlags {
  noStdin: boolean;
  /** `--sig-proxy` (default true). */
  sigProxy: boolean;
  detachKeys?: string;
}

export interface ExecFlags {
  detachKeys?: string;
  interactive: boolean;
  tty: boolean;
  detach: boolean;
  user?: string;
  privileged: boolean;
  env: string[];
  workdir?: string;
}

export interface PruneFlags {
  force: boolean;
  filter: Filter[];
}

export interface UpdateFlags {
  /** `--restart` as typed; undefined when not given. */
  restart?: string;
  /** How many flags were given (update.go `cmd.Flags().NFlag()`). */
  count: number;
}

/** Read access to one command's parsed flags by long name. */
export class FlagReader {
  constructor(
    private readonly cmd: CommandSpec,
    private readonly store: FlagStore,
  ) {}

  private value(name: string): unknown {
    const spec = flagNamed(this.cmd, name);
    return spec === undefined ? undefined : this.store.get(spec);
  }

  /** How many of the command's flags were set (pflag NFlag; `--help` never gets this far). */
  changedCount(): number {
    return effectiveFlags(this.cmd).filter((f) => this.store.isChanged(f)).length;
  }

  changed(name: string): boolean {
    const spec = flagNamed(this.cmd, name);
    return spec !== undefined && this.store.isChanged(spec);
  }

  bool(name: string): boolean {
    return this.value(name) === true;
  }

  num(name: string): number {
    const v = this.value(name);
    return typeof v === 'number' ? v : 0;
  }

  str(name: string): string {
    const v = this.value(name);
    return typeof v === 'string' ? v : '';
  }

  /** The string value, or undefined when it is empty. */
  opt(name: string): string | undefined {
    return this.str(name) === '' ? undefined : this.str(name);
  }

  list(name: string): string[] {
    const v = this.value(name);
    return Array.isArray(v) ? [...v] : [];
  }

  filters(name: string): Filter[] {
    return this.list(name).map((kv) => {
      const eq = kv.indexOf('=');
      return { key: kv.slice(0, eq), value: kv.slice(eq + 1) };
    });
  }
}

/**
 * opts/parse.go ParseRestartPolicy: purely syntactic; names and counts are judged by the daemon.
 * Returns an error message for the two client-side format errors.
 */
export function parseRestartPolicy(policy: string): { ok: true; policy: RestartPolicy } | { ok: false; error: string } {
  if (policy === '') return { ok: true, policy: { Name: '', MaximumRetryCount: 0 } };
  const colon = policy.indexOf(':');
  const name = colon < 0 ? policy : policy.slice(0, colon);
  const count = colon < 0 ? '' : policy.slice(colon + 1);
  if (colon >= 0 && name === '') {
    return { ok: false, error: 'invalid restart policy format: no policy provided before colon' };
  }
  let retries = 0;
  if (count !== '') {
    const n = goParseInt(count, 10); // strconv.Atoi
    if (!n.ok) return { ok: false, error: 'invalid restart policy format: maximum retry count must be an integer' };
    retries = n.value;
  }
  return { ok: true, policy: { Name: name, MaximumRetryCount: retries } };
}

function createFlags(r: FlagReader): CreateFlags {
  const restartText = r.str('restart');
  const parsed = parseRestartPolicy(restartText);
  return {
    name: r.opt('name'),
    restart: parsed.ok ? parsed.policy : { Name: '', MaximumRetryCount: 0 },
    restartText,
    rm: r.bool('rm'),
    stopSignal: r.opt('stop-signal'),
    stopTimeout: r.changed('stop-timeout') ? r.num('stop-timeout') : undefined,
    init: r.bool('init'),
    initSet: r.changed('init'),
    interactive: r.bool('interactive'),
    tty: r.bool('tty'),
    attach: r.list('attach'),
    env: r.list('env'),
    publish: r.list('publish'),
    volume: r.list('volume'),
    label: r.list('label'),
    entrypoint: r.changed('entrypoint') ? r.str('entrypoint') : undefined,
    workdir: r.opt('workdir'),
    hostname: r.opt('hostname'),
    user: r.opt('user'),
    pull: r.str('pull'),
    quiet: r.bool('quiet'),
    platform: r.opt('platform'),
    health: {
      cmd: r.opt('health-cmd'),
      interval: r.num('health-interval'),
      timeout: r.num('health-timeout'),
      startPeriod: r.num('health-start-period'),
      startInterval: r.num('health-start-interval'),
      retries: r.num('health-retries'),
      none: r.bool('no-healthcheck'),
    },
  };
}

const stopFlags = (r: FlagReader): StopFlags => ({
  signal: r.opt('signal'),
  // --time and --timeout write the same variable (stop.go); giving both is rejected later.
  timeout: r.changed('time') ? r.num('time') : r.changed('timeout') ? r.num('timeout') : undefined,
});

type Builders = { [V in Verb]: (r: FlagReader, path: string) => FlagsByVerb[V] };

const BUILDERS: Builders = {
  create: createFlags,
  run: (r) => ({
    ...createFlags(r),
    detach: r.bool('detach'),
    sigProxy: r.bool('sig-proxy'),
    detachKeys: r.opt('detach-keys'),
  }),
  start: (r) => ({ attach: r.bool('attach'), interactive: r.bool('interactive'), detachKeys: r.opt('detach-keys') }),
  stop: stopFlags,
  restart: stopFlags,
  kill: (r) => ({ signal: r.opt('signal') }),
  pause: () => ({}),
  unpause: () => ({}),
  rm: (r) => ({ force: r.bool('force'), volumes: r.bool('volumes'), link: r.bool('link') }),
  ps: (r) => ({
    all: r.bool('all'),
    quiet: r.bool('quiet'),
    size: r.bool('size'),
    sizeChanged: r.changed('size'),
    noTrunc: r.bool('no-trunc'),
    latest: r.bool('latest'),
    last: r.num('last'),
    format: r.opt('format'),
    filter: r.filters('filter'),
  }),
  inspect: (r, path) => ({
    format: r.opt('format'),
    size: r.bool('size'),
    type: path === 'docker container inspect' ? 'container' : r.opt('type'),
  }),
  events: (r) => ({
    since: r.opt('since'),
    until: r.opt('until'),
    filter: r.filters('filter'),
    format: r.opt('format'),
  }),
  images: (r) => ({
    all: r.bool('all'),
    quiet: r.bool('quiet'),
    noTrunc: r.bool('no-trunc'),
    digests: r.bool('digests'),
    format: r.opt('format'),
    filter: r.filters('filter'),
    tree: r.bool('tree'),
  }),
  pull: (r) => ({ allTags: r.bool('all-tags'), quiet: r.bool('quiet'), platform: r.opt('platform') }),
  wait: () => ({}),
  rename: () => ({}),
  attach: (r) => ({ noStdin: r.bool('no-stdin'), sigProxy: r.bool('sig-proxy'), detachKeys: r.opt('detach-keys') }),
  top: () => ({}),
  exec: (r) => ({
    detachKeys: r.opt('detach-keys'),
    interactive: r.bool('interactive'),
    tty: r.bool('tty'),
    detach: r.bool('detach'),
    user: r.opt('user'),
    privileged: r.bool('privileged'),
    env: r.list('env'),
    workdir: r.opt('workdir'),
  }),
  prune: (r) => ({ force: r.bool('force'), filter: r.filters('filter') }),
  update: (r) => ({
    restart: r.changed('restart') ? r.str('restart') : undefined,
    count: r.changedCount(),
  }),
  logs: (r) => ({
    follow: r.bool('follow'),
    since: r.opt('since'),
    until: r.opt('until'),
    timestamps: r.bool('timestamps'),
    details: r.bool('details'),
    tail: r.str('tail'),
  }),
};

export function typedFlags<V extends Verb>(verb: V, reader: FlagReader, path: string): FlagsByVerb[V] {
  const build: (r: FlagReader, path: string) => FlagsByVerb[V] = BUILDERS[verb];
  return build(reader, path);
}
