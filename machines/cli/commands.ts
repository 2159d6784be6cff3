/**
 * THE command table: docker/cli v29's command tree, cut down to the simulated verbs.
 * Sources (docker/cli @ 28f7560, identical to v29.7.2 for these files): cmd/docker/docker.go,
 * cli/flags/options.go, cli/cobra.go, cli/command/container/*.go, cli/command/system/*.go.
 */
import { CREATE_FLAGS, RUN_FLAGS } from './containerflags';
import type { CommandSpec, FlagSpec, Verb } from './flagspec';
import { UNMODELLED_CONTAINER, UNMODELLED_IMAGE, UNMODELLED_SYSTEM, UNMODELLED_TOP } from './unmodelled';

/** `docker --version` prints "Docker version {Version}, build {GitCommit}" (v29.7.2 = a7dcaa6). */
export const CLI_VERSION = '29.7.2';
export const CLI_GIT_COMMIT = 'a7dcaa6';
/** Where the CLI's config lives; shown in `docker --help` defaults (HOME=/root). */
export const CONFIG_DIR = '/root/.docker';

/** cli/flags/options.go: the multi-line help shared by `--format` of list commands. */
export const FORMAT_HELP =
  'Format output using a custom template:\n' +
  "'table':            Print output in table format with column headers (default)\n" +
  "'table TEMPLATE':   Print output in table format using the given Go template\n" +
  "'json':             Print in JSON format\n" +
  "'TEMPLATE':         Print output using the given Go template.\n" +
  'Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates';

/** cli/flags/options.go: `--format` help of inspect commands (and `docker events`). */
export const INSPECT_FORMAT_HELP =
  'Format output using a custom template:\n' +
  "'json':             Print in JSON format\n" +
  "'TEMPLATE':         Print output using the given Go template.\n" +
  'Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates';

/** The root's persistent `--help` (cli/cobra.go setupCommonRootCommand): hidden, `-h` deprecated. */
export const HELP_FLAG: FlagSpec = {
  name: 'help',
  short: 'h',
  type: 'bool',
  usage: 'Print usage',
  hidden: true,
  shorthandDeprecated: 'use --help',
};

/** `docker [OPTIONS]`: cli/flags/options.go InstallFlags, plus `-v` from cmd/docker/docker.go. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'config', type: 'string', usage: 'Location of client config files', default: CONFIG_DIR },
  { name: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' },
  {
    name: 'log-level',
    short: 'l',
    type: 'string',
    usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")',
    default: 'info',
  },
  { name: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
  { name: 'tlsverify', type: 'bool', usage: 'Use TLS and verify the remote' },
  { name: 'tlscacert', type: 'string', usage: 'Trust certs signed only by this CA', default: `${CONFIG_DIR}/ca.pem` },
  { name: 'tlscert', type: 'string', usage: 'Path to TLS certificate file', default: `${CONFIG_DIR}/cert.pem` },
  { name: 'tlskey', type: 'string', usage: 'Path to TLS key file', default: `${CONFIG_DIR}/key.pem` },
  // hostVar presents itself as a "string" but refuses a second value ("specify only one -H").
  { name: 'host', short: 'H', type: 'string', usage: 'Daemon socket to connect to', validate: 'host' },
  {
    name: 'context',
    short: 'c',
    type: 'string',
    usage:
      'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
  },
  { name: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' },
  HELP_FLAG,
];

const SIGNAL_FLAG: FlagSpec = { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' };

/** stop.go / restart.go: `-t` is `--timeout`; `--time` is the deprecated spelling (hidden). */
const TIMEOUT_FLAGS: readonly FlagSpec[] = [
  SIGNAL_FLAG,
  { name: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
  {
    name: 'time',
    type: 'int',
    usage: 'Seconds to wait before killing the container (deprecated: use --timeout)',
    deprecated: 'use --timeout instead',
  },
];

const CONTAINERS = 'CONTAINER [CONTAINER...]';
const MIN1 = { kind: 'min', n: 1 } as const;
const NONE = { kind: 'none' } as const;

const create: CommandSpec = {
  verb: 'create',
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  aliasesText: 'docker container create, docker create',
  args: MIN1,
  interspersed: false,
  flags: CREATE_FLAGS,
};

const run: CommandSpec = {
  verb: 'run',
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  aliasesText: 'docker container run, docker run',
  args: MIN1,
  interspersed: false,
  flags: RUN_FLAGS,
  categoryTop: 1,
};

const start: CommandSpec = {
  verb: 'start',
  use: `start [OPTIONS] ${CONTAINERS}`,
  short: 'Start one or more stopped containers',
  aliasesText: 'docker container start, docker start',
  args: MIN1,
  interspersed: true,
  flags: [
    { name: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'checkpoint', type: 'string', usage: 'Restore from this checkpoint', experimental: true, ostype: 'linux' },
    {
      name: 'checkpoint-dir',
      type: 'string',
      usage: 'Use a custom checkpoint storage directory',
      experimental: true,
      ostype: 'linux',
    },
  ],
};

const stop: CommandSpec = {
  verb: 'stop',
  use: `stop [OPTIONS] ${CONTAINERS}`,
  short: 'Stop one or more running containers',
  aliasesText: 'docker container stop, docker stop',
  args: MIN1,
  interspersed: true,
  flags: TIMEOUT_FLAGS,
};

const kill: CommandSpec = {
  verb: 'kill',
  use: `kill [OPTIONS] ${CONTAINERS}`,
  short: 'Kill one or more running containers',
  aliasesText: 'docker container kill, docker kill',
  args: MIN1,
  interspersed: true,
  flags: [SIGNAL_FLAG],
};

const restart: CommandSpec = {
  verb: 'restart',
  use: `restart [OPTIONS] ${CONTAINERS}`,
  short: 'Restart one or more containers',
  aliasesText: 'docker container restart, docker restart',
  args: MIN1,
  interspersed: true,
  flags: TIMEOUT_FLAGS,
};

const pause: CommandSpec = {
  verb: 'pause',
  use: `pause ${CONTAINERS}`,
  short: 'Pause all processes within one or more containers',
  aliasesText: 'docker container pause, docker pause',
  args: MIN1,
  interspersed: true,
  flags: [],
};

const unpause: CommandSpec = {
  verb: 'unpause',
  use: `unpause ${CONTAINERS}`,
  short: 'Unpause all processes within one or more containers',
  aliasesText: 'docker container unpause, docker unpause',
  args: MIN1,
  interspersed: true,
  flags: [],
};

const rm: CommandSpec = {
  verb: 'rm',
  use: `rm [OPTIONS] ${CONTAINERS}`,
  short: 'Remove one or more containers',
  aliasesText: 'docker container rm, docker container remove, docker rm',
  args: MIN1,
  interspersed: true,
  flags: [
    { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
    { name: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
  ],
};

const ps: CommandSpec = {
  verb: 'ps',
  use: 'ps [OPTIONS]',
  short: 'List containers',
  aliasesText: 'docker container ls, docker container list, docker container ps, docker ps',
  args: NONE,
  interspersed: true,
  categoryTop: 3,
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    {
      name: 'latest',
      short: 'l',
      type: 'bool',
      usage: 'Show the latest created container (includes all states)',
    },
    {
      name: 'last',
      short: 'n',
      type: 'int',
      usage: 'Show n last created containers (includes all states)',
      default: -1,
    },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    {
      name: 'filter',
      short: 'f',
      type: 'filter',
      usage: 'Filter output based on conditions provided',
      validate: 'filter',
    },
  ],
};

/** `docker inspect` is the generic object inspect of cli/command/system/inspect.go. */
const inspect: CommandSpec = {
  verb: 'inspect',
  use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: MIN1,
  interspersed: true,
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
  ],
};

/** `docker container inspect` (cli/command/container/inspect.go): containers only, no --type. */
const containerInspect: CommandSpec = {
  verb: 'inspect',
  use: `inspect [OPTIONS] ${CONTAINERS}`,
  short: 'Display detailed information on one or more containers',
  args: MIN1,
  interspersed: true,
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
};

const events: CommandSpec = {
  verb: 'events',
  use: 'events [OPTIONS]',
  short: 'Get real time events from the server',
  aliasesText: 'docker system events, docker events',
  args: NONE,
  interspersed: true,
  flags: [
    { name: 'since', type: 'string', usage: 'Show all events created since timestamp' },
    { name: 'until', type: 'string', usage: 'Stream events until this timestamp' },
    {
      name: 'filter',
      short: 'f',
      type: 'filter',
      usage: 'Filter output based on conditions provided',
      validate: 'filter',
    },
    // "using the same flag description as "inspect" commands for now."
    { name: 'format', type: 'string', usage: INSPECT_FORMAT_HELP },
  ],
};

/** image/list.go newImagesCommand (`docker images`; `docker image ls` is a copy with an alias). */
const images: CommandSpec = {
  verb: 'images',
  use: 'images [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliasesText: 'docker image ls, docker image list, docker images',
  args: { kind: 'max', n: 1 },
  interspersed: true,
  categoryTop: 7,
  flags: [
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    {
      name: 'all',
      short: 'a',
      type: 'bool',
      usage: 'Show all images (default hides intermediate and dangling images)',
    },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'digests', type: 'bool', usage: 'Show digests' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    {
      name: 'filter',
      short: 'f',
      type: 'filter',
      usage: 'Filter output based on conditions provided',
      validate: 'filter',
    },
    { name: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
  ],
};

/** image/pull.go newPullCommand. */
const pull: CommandSpec = {
  verb: 'pull',
  use: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  aliasesText: 'docker image pull, docker pull',
  args: { kind: 'exact', n: 1 },
  interspersed: true,
  categoryTop: 5,
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
    {
      name: 'disable-content-trust',
      type: 'bool',
      usage: 'Skip image verification (deprecated)',
      default: true,
      deprecated: 'support for docker content trust was removed',
    },
    { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
  ],
};

/** container/logs.go newLogsCommand. */
const logs: CommandSpec = {
  verb: 'logs',
  use: 'logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  aliasesText: 'docker container logs, docker logs',
  args: { kind: 'exact', n: 1 },
  interspersed: true,
  flags: [
    { name: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
    {
      name: 'since',
      type: 'string',
      usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    {
      name: 'until',
      type: 'string',
      usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    { name: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
    { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    {
      name: 'tail',
      short: 'n',
      type: 'string',
      usage: 'Number of lines to show from the end of the logs',
      default: 'all',
    },
  ],
};

/** container/wait.go newWaitCommand. */
const wait: CommandSpec = {
  verb: 'wait',
  use: `wait ${CONTAINERS}`,
  short: 'Block until one or more containers stop, then print their exit codes',
  aliasesText: 'docker container wait, docker wait',
  args: MIN1,
  interspersed: true,
  flags: [],
};

/** container/rename.go newRenameCommand. */
const rename: CommandSpec = {
  verb: 'rename',
  use: 'rename CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliasesText: 'docker container rename, docker rename',
  args: { kind: 'exact', n: 2 },
  interspersed: true,
  flags: [],
};

/** container/update.go newUpdateCommand. */
const update: CommandSpec = {
  verb: 'update',
  use: `update [OPTIONS] ${CONTAINERS}`,
  short: 'Update configuration of one or more containers',
  aliasesText: 'docker container update, docker update',
  args: MIN1,
  interspersed: true,
  flags: [
    {
      name: 'blkio-weight',
      type: 'uint16',
      usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
    },
    { name: 'cpu-period', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
    { name: 'cpu-quota', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
    { name: 'cpu-rt-period', type: 'int', usage: 'Limit the CPU real-time period in microseconds' },
    { name: 'cpu-rt-runtime', type: 'int', usage: 'Limit the CPU real-time runtime in microseconds' },
    { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    { name: 'cpu-shares', short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
    { name: 'memory', short: 'm', type: 'bytes', usage: 'Memory limit' },
    { name: 'memory-reservation', type: 'bytes', usage: 'Memory soft limit' },
    {
      name: 'memory-swap',
      type: 'bytes',
      usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
      validate: 'swap',
    },
    { name: 'restart', type: 'string', usage: 'Restart policy to apply when a container exits' },
    { name: 'pids-limit', type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },
    { name: 'cpus', type: 'decimal', usage: 'Number of CPUs' },
    {
      name: 'kernel-memory',
      type: 'bytes',
      usage: 'Kernel memory limit (deprecated)',
      deprecated: 'and no longer supported by the kernel',
    },
  ],
};

/** container/prune.go newPruneCommand (only under `docker container`). */
const prune: CommandSpec = {
  verb: 'prune',
  use: 'prune [OPTIONS]',
  short: 'Remove all stopped containers',
  args: NONE,
  interspersed: true,
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")', validate: 'filter' },
  ],
};

/** container/exec.go newExecCommand: flags stop at the container (SetInterspersed(false)). */
const exec: CommandSpec = {
  verb: 'exec',
  use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  aliasesText: 'docker container exec, docker exec',
  args: { kind: 'min', n: 2 },
  interspersed: false,
  categoryTop: 2,
  flags: [
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    { name: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
    { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables', validate: 'env' },
    { name: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
    { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
  ],
};

/** container/attach.go newAttachCommand. */
const attach: CommandSpec = {
  verb: 'attach',
  use: 'attach [OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  aliasesText: 'docker container attach, docker attach',
  args: { kind: 'exact', n: 1 },
  interspersed: true,
  flags: [
    { name: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy all received signals to the process', default: true },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
  ],
};

/** container/top.go newTopCommand: what follows the container goes to ps (SetInterspersed(false)). */
const top: CommandSpec = {
  verb: 'top',
  use: 'top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliasesText: 'docker container top, docker top',
  args: MIN1,
  interspersed: false,
  flags: [],
};

/** The simulated verbs as `docker <verb>` registers them: the table for buttons and completion. */
export const COMMANDS: Readonly<Record<Verb, CommandSpec>> = {
  create,
  run,
  start,
  stop,
  kill,
  restart,
  pause,
  unpause,
  rm,
  ps,
  inspect,
  events,
  images,
  pull,
  logs,
  wait,
  rename,
  update,
  prune,
  exec,
  attach,
  top,
};

/** `docker container`: cli/command/container/cmd.go. ls and rm are copies with extra Aliases. */
const container: CommandSpec = {
  use: 'container',
  short: 'Manage containers',
  args: NONE,
  interspersed: true,
  flags: [],
  subcommands: [
    attach,
    create,
    { ...exec, categoryTop: undefined },
    containerInspect,
    kill,
    logs,
    { ...ps, use: 'ls [OPTIONS]', aliases: ['ps', 'list'], categoryTop: undefined },
    pause,
    prune,
    rename,
    restart,
    { ...rm, aliases: ['rm', 'remove'] },
    { ...run, categoryTop: undefined },
    start,
    stop,
    top,
    unpause,
    update,
    wait,
    ...UNMODELLED_CONTAINER,
  ],
};

/** `docker image`: cli/command/image/cmd.go (only `ls` and `pull` are simulated). */
const image: CommandSpec = {
  use: 'image',
  short: 'Manage images',
  args: NONE,
  interspersed: true,
  flags: [],
  subcommands: [
    { ...images, use: 'ls [OPTIONS] [REPOSITORY[:TAG]]', aliases: ['list'], categoryTop: undefined },
    { ...pull, categoryTop: undefined },
    ...UNMODELLED_IMAGE,
  ],
};

/** `docker system`: cli/command/system/cmd.go (only `events` is simulated). */
const system: CommandSpec = {
  use: 'system',
  short: 'Manage Docker',
  args: NONE,
  interspersed: true,
  flags: [],
  subcommands: [events, ...UNMODELLED_SYSTEM],
};

/** cli/cobra.go `helpCommand`. */
export const HELP_COMMAND: CommandSpec = {
  use: 'help [command]',
  short: 'Help about the command',
  args: { kind: 'any' },
  interspersed: true,
  flags: [],
};

/** The root command, cmd/docker/docker.go `newDockerCommand`. */
export const ROOT_COMMAND: CommandSpec = {
  use: 'docker [OPTIONS] COMMAND [ARG...]',
  short: 'A self-sufficient runtime for containers',
  args: { kind: 'any' },
  interspersed: true,
  flags: GLOBAL_FLAGS,
  subcommands: [
    attach,
    container,
    create,
    events,
    exec,
    inspect,
    kill,
    logs,
    pause,
    ps,
    rename,
    restart,
    rm,
    run,
    start,
    stop,
    system,
    top,
    unpause,
    update,
    wait,
    image,
    images,
    pull,
    ...UNMODELLED_TOP,
    HELP_COMMAND,
  ],
};

/** The "additionalHelp" annotation of the root command. */
export const ADDITIONAL_HELP = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';
