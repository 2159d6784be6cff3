/**
 * Every flag of `docker create` / `docker run` (docker/cli cli/command/container/opts.go `addFlags`,
 * create.go `newCreateCommand`, run.go `newRunCommand`), so that help is complete and real flags are
 * never reported as unknown. The simulator only acts on a few of them; the rest are accepted.
 */
import type { FlagSpec } from './flagspec';

const WINDOWS = 'windows';

/** opts.go `addFlags`: shared by create and run. */
export const CONTAINER_FLAGS: readonly FlagSpec[] = [
  // General purpose flags
  { name: 'attach', short: 'a', type: 'list', usage: 'Attach to STDIN, STDOUT or STDERR', validate: 'attach' },
  { name: 'device-cgroup-rule', type: 'list', usage: 'Add a rule to the cgroup allowed devices list' },
  { name: 'device', type: 'list', usage: 'Add a host device to the container' },
  { name: 'gpus', type: 'gpu-request', usage: "GPU devices to add to the container ('all' to pass all GPUs)" },
  { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables', validate: 'env' },
  { name: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
  { name: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { name: 'group-add', type: 'list', usage: 'Add additional groups to join' },
  // -h is --hostname here; create/run register their own --help without a shorthand.
  { name: 'hostname', short: 'h', type: 'string', usage: 'Container host name' },
  { name: 'domainname', type: 'string', usage: 'Container NIS domain name' },
  { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
  { name: 'label', short: 'l', type: 'list', usage: 'Set meta data on a container', validate: 'label' },
  { name: 'label-file', type: 'list', usage: 'Read in a line delimited file of labels' },
  { name: 'read-only', type: 'bool', usage: "Mount the container's root filesystem as read only" },
  { name: 'restart', type: 'string', usage: 'Restart policy to apply when a container exits', default: 'no' },
  { name: 'stop-signal', type: 'string', usage: 'Signal to stop the container' },
  { name: 'stop-timeout', type: 'int', usage: 'Timeout (in seconds) to stop a container' },
  { name: 'sysctl', type: 'map', usage: 'Sysctl options', defaultText: 'map[]' },
  { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  { name: 'ulimit', type: 'ulimit', usage: 'Ulimit options', defaultText: '[]' },
  { name: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
  {
    name: 'rm',
    type: 'bool',
    usage: 'Automatically remove the container and its associated anonymous volumes when it exits',
  },

  // Security
  { name: 'cap-add', type: 'list', usage: 'Add Linux capabilities' },
  { name: 'cap-drop', type: 'list', usage: 'Drop Linux capabilities' },
  { name: 'privileged', type: 'bool', usage: 'Give extended privileges to this container' },
  { name: 'security-opt', type: 'list', usage: 'Security Options' },
  { name: 'userns', type: 'string', usage: 'User namespace to use' },
  {
    name: 'cgroupns',
    type: 'string',
    usage:
      'Cgroup namespace to use (host|private)\n' +
      "'host':    Run the container in the Docker host's cgroup namespace\n" +
      "'private': Run the container in its own private cgroup namespace\n" +
      "'':        Use the cgroup namespace as configured by the\n" +
      '           default-cgroupns-mode option on the daemon (default)',
  },

  // Network and port publishing
  { name: 'add-host', type: 'list', usage: 'Add a custom host-to-IP mapping (host:ip)' },
  { name: 'dns', type: 'list', usage: 'Set custom DNS servers' },
  { name: 'dns-opt', type: 'list', usage: 'Set DNS options', hidden: true },
  { name: 'dns-option', type: 'list', usage: 'Set DNS options' },
  { name: 'dns-search', type: 'list', usage: 'Set custom DNS search domains' },
  { name: 'expose', type: 'list', usage: 'Expose a port or a range of ports' },
  { name: 'ip', type: 'ip', usage: 'IPv4 address (e.g., 172.30.100.104)' },
  { name: 'ip6', type: 'ip', usage: 'IPv6 address (e.g., 2001:db8::33)' },
  { name: 'link', type: 'list', usage: 'Add link to another container' },
  { name: 'link-local-ip', type: 'list', usage: 'Container IPv4/IPv6 link-local addresses' },
  { name: 'mac-address', type: 'string', usage: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' },
  { name: 'publish', short: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
  { name: 'publish-all', short: 'P', type: 'bool', usage: 'Publish all exposed ports to random ports' },
  { name: 'net', type: 'network', usage: 'Connect a container to a network', hidden: true },
  { name: 'network', type: 'network', usage: 'Connect a container to a network' },
  { name: 'net-alias', type: 'list', usage: 'Add network-scoped alias for the container', hidden: true },
  { name: 'network-alias', type: 'list', usage: 'Add network-scoped alias for the container' },

  // Logging and storage
  { name: 'log-driver', type: 'string', usage: 'Logging driver for the container' },
  { name: 'volume-driver', type: 'string', usage: 'Optional volume driver for the container' },
  { name: 'log-opt', type: 'list', usage: 'Log driver options' },
  { name: 'storage-opt', type: 'list', usage: 'Storage driver options for the container' },
  { name: 'tmpfs', type: 'list', usage: 'Mount a tmpfs directory' },
  { name: 'volumes-from', type: 'list', usage: 'Mount volumes from the specified container(s)' },
  { name: 'volume', short: 'v', type: 'list', usage: 'Bind mount a volume' },
  { name: 'mount', type: 'mount', usage: 'Attach a filesystem mount to the container' },

  // Health-checking
  { name: 'health-cmd', type: 'string', usage: 'Command to run to check health' },
  { name: 'health-interval', type: 'duration', usage: 'Time between running the check (ms|s|m|h) (default 0s)' },
  { name: 'health-retries', type: 'int', usage: 'Consecutive failures needed to report unhealthy' },
  {
    name: 'health-timeout',
    type: 'duration',
    usage: 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)',
  },
  {
    name: 'health-start-period',
    type: 'duration',
    usage:
      'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)',
  },
  {
    name: 'health-start-interval',
    type: 'duration',
    usage: 'Time between running the check during the start period (ms|s|m|h) (default 0s)',
  },
  { name: 'no-healthcheck', type: 'bool', usage: 'Disable any container-specified HEALTHCHECK' },

  // Resource management
  {
    name: 'blkio-weight',
    type: 'uint16',
    usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
  },
  { name: 'blkio-weight-device', type: 'list', usage: 'Block IO weight (relative device weight)', defaultText: '[]' },
  { name: 'cidfile', type: 'string', usage: 'Write the container ID to the file' },
  { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
  { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
  { name: 'cpu-count', type: 'int', usage: 'CPU count (Windows only)', ostype: WINDOWS },
  { name: 'cpu-percent', type: 'int', usage: 'CPU percent (Windows only)', ostype: WINDOWS },
  { name: 'cpu-period', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
  { name: 'cpu-quota', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
  { name: 'cpu-rt-period', type: 'int', usage: 'Limit CPU real-time period in microseconds' },
  { name: 'cpu-rt-runtime', type: 'int', usage: 'Limit CPU real-time runtime in microseconds' },
  { name: 'cpu-shares', short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
  { name: 'cpus', type: 'decimal', usage: 'Number of CPUs' },
  {
    name: 'device-read-bps',
    type: 'list',
    usage: 'Limit read rate (bytes per second) from a device',
    defaultText: '[]',
  },
  { name: 'device-read-iops', type: 'list', usage: 'Limit read rate (IO per second) from a device', defaultText: '[]' },
  {
    name: 'device-write-bps',
    type: 'list',
    usage: 'Limit write rate (bytes per second) to a device',
    defaultText: '[]',
  },
  { name: 'device-write-iops', type: 'list', usage: 'Limit write rate (IO per second) to a device', defaultText: '[]' },
  {
    name: 'io-maxbandwidth',
    type: 'bytes',
    usage: 'Maximum IO bandwidth limit for the system drive (Windows only)',
    ostype: WINDOWS,
  },
  {
    name: 'io-maxiops',
    type: 'uint',
    usage: 'Maximum IOps limit for the system drive (Windows only)',
    ostype: WINDOWS,
  },
  { name: 'memory', short: 'm', type: 'bytes', usage: 'Memory limit' },
  { name: 'memory-reservation', type: 'bytes', usage: 'Memory soft limit' },
  {
    name: 'memory-swap',
    type: 'bytes',
    usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap",
    validate: 'swap',
  },
  { name: 'memory-swappiness', type: 'int', usage: 'Tune container memory swappiness (0 to 100)', default: -1 },
  { name: 'oom-kill-disable', type: 'bool', usage: 'Disable OOM Killer' },
  { name: 'oom-score-adj', type: 'int', usage: "Tune host's OOM preferences (-1000 to 1000)" },
  { name: 'pids-limit', type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },

  // Low-level execution (cgroups, namespaces, ...)
  { name: 'cgroup-parent', type: 'string', usage: 'Optional parent cgroup for the container' },
  { name: 'ipc', type: 'string', usage: 'IPC mode to use' },
  { name: 'isolation', type: 'string', usage: 'Container isolation technology' },
  { name: 'pid', type: 'string', usage: 'PID namespace to use' },
  { name: 'shm-size', type: 'bytes', usage: 'Size of /dev/shm' },
  { name: 'uts', type: 'string', usage: 'UTS namespace to use' },
  { name: 'runtime', type: 'string', usage: 'Runtime to use for this container' },
  {
    name: 'init',
    type: 'bool',
    usage: 'Run an init inside the container that forwards signals and reaps processes',
  },
  {
    name: 'annotation',
    type: 'map',
    usage: 'Add an annotation to the container (passed through to the OCI runtime)',
    defaultText: 'map[]',
  },
  {
    name: 'kernel-memory',
    type: 'bytes',
    usage: 'Kernel memory limit (deprecated)',
    deprecated: 'and no longer supported by the kernel',
  },
];

/** Flags create.go and run.go both register before `addFlags`. */
const imageFlags = (verbing: string): FlagSpec[] => [
  { name: 'name', type: 'string', usage: 'Assign a name to the container' },
  {
    name: 'pull',
    type: 'string',
    usage: `Pull image before ${verbing} ("always", "missing", "never")`,
    default: 'missing',
  },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the pull output' },
  { name: 'use-api-socket', type: 'bool', usage: 'Bind mount Docker API socket and required auth' },
  // "Add an explicit help that doesn't have a `-h` to prevent the conflict with hostname"
  { name: 'help', type: 'bool', usage: 'Print usage' },
  { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
  {
    name: 'disable-content-trust',
    type: 'bool',
    usage: 'Skip image verification (deprecated)',
    default: true,
    deprecated: 'support for docker content trust was removed',
  },
];

export const CREATE_FLAGS: readonly FlagSpec[] = [...imageFlags('creating'), ...CONTAINER_FLAGS];

export const RUN_FLAGS: readonly FlagSpec[] = [
  { name: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
  { name: 'sig-proxy', type: 'bool', usage: 'Proxy received signals to the process', default: true },
  { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
  ...imageFlags('running'),
  ...CONTAINER_FLAGS,
];
