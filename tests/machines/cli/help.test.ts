import { describe, expect, it } from 'vitest';
import { COMMANDS, helpText, parseCommandLine, resolveChain, rootHelp, verbHelp } from '../../../machines/cli/index';
import { VERBS } from '../../../machines/vocabulary';

/** Help texts are lines joined by newlines, with one trailing newline. */
const lines = (...ls: string[]): string => ls.join('\n') + '\n';

// The goldens below are what the docker 28.2.2 client prints for commands whose definitions did
// not change in v29 (compared with docker/cli @ 28f7560); ROOT_HELP is the simulator's cut-down
// root help in the v29 layout.
const STOP_HELP = lines(
  'Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]',
  '',
  'Stop one or more running containers',
  '',
  'Aliases:',
  '  docker container stop, docker stop',
  '',
  'Options:',
  '  -s, --signal string   Signal to send to the container',
  '  -t, --timeout int     Seconds to wait before killing the container',
);
const PS_HELP = lines(
  'Usage:  docker ps [OPTIONS]',
  '',
  'List containers',
  '',
  'Aliases:',
  '  docker container ls, docker container list, docker container ps, docker ps',
  '',
  'Options:',
  '  -a, --all             Show all containers (default shows just running)',
  '  -f, --filter filter   Filter output based on conditions provided',
  '      --format string   Format output using a custom template:',
  "                        'table':            Print output in table format",
  '                        with column headers (default)',
  "                        'table TEMPLATE':   Print output in table format",
  '                        using the given Go template',
  "                        'json':             Print in JSON format",
  "                        'TEMPLATE':         Print output using the given",
  '                        Go template.',
  '                        Refer to https://docs.docker.com/go/formatting/',
  '                        for more information about formatting output with',
  '                        templates',
  '  -n, --last int        Show n last created containers (includes all',
  '                        states) (default -1)',
  '  -l, --latest          Show the latest created container (includes all',
  '                        states)',
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only display container IDs',
  '  -s, --size            Display total file sizes',
);
const RM_HELP = lines(
  'Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]',
  '',
  'Remove one or more containers',
  '',
  'Aliases:',
  '  docker container rm, docker container remove, docker rm',
  '',
  'Options:',
  '  -f, --force     Force the removal of a running container (uses SIGKILL)',
  '  -l, --link      Remove the specified link',
  '  -v, --volumes   Remove anonymous volumes associated with the container',
);
const EVENTS_HELP = lines(
  'Usage:  docker events [OPTIONS]',
  '',
  'Get real time events from the server',
  '',
  'Aliases:',
  '  docker system events, docker events',
  '',
  'Options:',
  '  -f, --filter filter   Filter output based on conditions provided',
  '      --format string   Format output using a custom template:',
  "                        'json':             Print in JSON format",
  "                        'TEMPLATE':         Print output using the given",
  '                        Go template.',
  '                        Refer to https://docs.docker.com/go/formatting/',
  '                        for more information about formatting output with',
  '                        templates',
  '      --since string    Show all events created since timestamp',
  '      --until string    Stream events until this timestamp',
);
const PAUSE_HELP = lines(
  'Usage:  docker pause CONTAINER [CONTAINER...]',
  '',
  'Pause all processes within one or more containers',
  '',
  'Aliases:',
  '  docker container pause, docker pause',
);
const CONTAINER_LS_HELP = lines(
  'Usage:  docker container ls [OPTIONS]',
  '',
  'List containers',
  '',
  'Aliases:',
  '  docker container ls, docker container list, docker container ps, docker ps',
  '',
  'Options:',
  '  -a, --all             Show all containers (default shows just running)',
  '  -f, --filter filter   Filter output based on conditions provided',
  '      --format string   Format output using a custom template:',
  "                        'table':            Print output in table format",
  '                        with column headers (default)',
  "                        'table TEMPLATE':   Print output in table format",
  '                        using the given Go template',
  "                        'json':             Print in JSON format",
  "                        'TEMPLATE':         Print output using the given",
  '                        Go template.',
  '                        Refer to https://docs.docker.com/go/formatting/',
  '                        for more information about formatting output with',
  '                        templates',
  '  -n, --last int        Show n last created containers (includes all',
  '                        states) (default -1)',
  '  -l, --latest          Show the latest created container (includes all',
  '                        states)',
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only display container IDs',
  '  -s, --size            Display total file sizes',
);
const INSPECT_HELP = lines(
  'Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  '',
  'Return low-level information on Docker objects',
  '',
  'Options:',
  '  -f, --format string   Format output using a custom template:',
  "                        'json':             Print in JSON format",
  "                        'TEMPLATE':         Print output using the given",
  '                        Go template.',
  '                        Refer to https://docs.docker.com/go/formatting/',
  '                        for more information about formatting output with',
  '                        templates',
  '  -s, --size            Display total file sizes if the type is container',
  '      --type string     Only inspect objects of the given type',
);
const ROOT_HELP = lines(
  'Usage:  docker [OPTIONS] COMMAND',
  '',
  'A self-sufficient runtime for containers',
  '',
  'Common Commands:',
  '  run         Create and run a new container from an image',
  '  exec        Execute a command in a running container',
  '  ps          List containers',
  '  pull        Download an image from a registry',
  '  images      List images',
  '',
  'Management Commands:',
  '  container   Manage containers',
  '  image       Manage images',
  '  system      Manage Docker',
  '',
  'Commands:',
  '  attach      Attach local standard input, output, and error streams to a running container',
  '  create      Create a new container',
  '  events      Get real time events from the server',
  '  inspect     Return low-level information on Docker objects',
  '  kill        Kill one or more running containers',
  '  logs        Fetch the logs of a container',
  '  pause       Pause all processes within one or more containers',
  '  rename      Rename a container',
  '  restart     Restart one or more containers',
  '  rm          Remove one or more containers',
  '  start       Start one or more stopped containers',
  '  stop        Stop one or more running containers',
  '  top         Display the running processes of a container',
  '  unpause     Unpause all processes within one or more containers',
  '  update      Update configuration of one or more containers',
  '  wait        Block until one or more containers stop, then print their exit codes',
  '',
  'Global Options:',
  '      --config string      Location of client config files (default',
  '                           "/root/.docker")',
  '  -c, --context string     Name of the context to use to connect to the',
  '                           daemon (overrides DOCKER_HOST env var and',
  '                           default context set with "docker context use")',
  '  -D, --debug              Enable debug mode',
  '  -H, --host string        Daemon socket to connect to',
  '  -l, --log-level string   Set the logging level ("debug", "info",',
  '                           "warn", "error", "fatal") (default "info")',
  '      --tls                Use TLS; implied by --tlsverify',
  '      --tlscacert string   Trust certs signed only by this CA (default',
  '                           "/root/.docker/ca.pem")',
  '      --tlscert string     Path to TLS certificate file (default',
  '                           "/root/.docker/cert.pem")',
  '      --tlskey string      Path to TLS key file (default',
  '                           "/root/.docker/key.pem")',
  '      --tlsverify          Use TLS and verify the remote',
  '  -v, --version            Print version information and quit',
  '',
  "Run 'docker COMMAND --help' for more information on a command.",
  '',
  'For more help on how to use Docker, head to https://docs.docker.com/go/guides/',
);

const helpOf = (line: string): string => {
  const r = parseCommandLine(line);
  if (r.kind !== 'output') throw new Error(`no output for ${line}`);
  return r.stdout;
};

describe('docker <verb> --help matches docker/cli byte for byte', () => {
  it.each([
    ['docker stop --help', STOP_HELP],
    ['docker ps --help', PS_HELP],
    ['docker rm --help', RM_HELP],
    ['docker events --help', EVENTS_HELP],
    ['docker pause --help', PAUSE_HELP],
    ['docker container ls --help', CONTAINER_LS_HELP],
    ['docker container ps --help', CONTAINER_LS_HELP],
    ['docker inspect --help', INSPECT_HELP],
  ])('%s', (line, expected) => {
    expect(helpOf(line)).toBe(expected);
  });

  it('verbHelp gives the same text as the --help flag', () => {
    expect(verbHelp('stop')).toBe(STOP_HELP);
  });

  it('prints the canonical path of an alias in the usage line and the annotation aliases', () => {
    const text = helpOf('docker container remove --help');
    expect(text.startsWith('Usage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n')).toBe(true);
    expect(text).toContain('Aliases:\n  docker container rm, docker container remove, docker rm\n');
  });

  it('omits the Options section of a command without visible flags', () => {
    expect(PAUSE_HELP).not.toContain('Options:');
    expect(helpOf('docker unpause --help')).not.toContain('Options:');
  });

  it('lists --help without -h for run and create, whose -h is --hostname', () => {
    const text = verbHelp('run');
    expect(text).toContain('\n      --help                             Print usage\n');
    expect(text).toContain('\n  -h, --hostname string                  Container host name\n');
  });

  it('wraps multi-line flag help as pflag does', () => {
    expect(verbHelp('create')).toContain(
      lines(
        '      --cgroupns string                  Cgroup namespace to use',
        '                                         (host|private)',
        "                                         'host':    Run the container in",
        "                                         the Docker host's cgroup",
        '                                         namespace',
        "                                         'private': Run the container in",
        '                                         its own private cgroup namespace',
        "                                         '':        Use the cgroup",
        '                                         namespace as configured by the',
        '                                                    default-cgroupns-mode',
        '                                         option on the daemon (default)',
      ),
    );
  });

  it('shows non-zero defaults: string defaults quoted, others bare', () => {
    const run = verbHelp('run');
    expect(run).toContain(
      '      --restart string                   Restart policy to apply when a\n                                         container exits (default "no")\n',
    );
    expect(run).toContain(
      '      --sig-proxy                        Proxy received signals to the\n                                         process (default true)\n',
    );
    expect(run).toContain('      --sysctl map                       Sysctl options (default map[])\n');
  });

  it('hides deprecated, hidden, Windows-only and experimental flags', () => {
    const run = verbHelp('run');
    for (const hidden of [
      '--kernel-memory',
      '--disable-content-trust',
      '--dns-opt ',
      '--net ',
      '--cpu-count',
      '--io-maxiops',
    ]) {
      expect(run).not.toContain(hidden);
    }
    expect(verbHelp('stop')).not.toContain('--time ');
    expect(verbHelp('start')).not.toContain('--checkpoint');
  });

  it('shows the v29 ip type for --ip', () => {
    expect(verbHelp('run')).toContain('      --ip ip                            IPv4 address (e.g., 172.30.100.104)\n');
  });

  it('wraps to a narrower terminal when asked', () => {
    const narrow = verbHelp('stop', 50);
    // Same as `stty cols 50; docker stop --help` with the real client.
    expect(narrow).toContain(
      lines(
        '  -s, --signal string   Signal to send to',
        '                        the container',
        '  -t, --timeout int     Seconds to wait',
        '                        before killing the',
        '                        container',
      ),
    );
  });
});

describe('docker --help and management commands', () => {
  it('docker --help lists the simulated commands in the v29 layout', () => {
    expect(helpOf('docker --help')).toBe(ROOT_HELP);
    expect(rootHelp()).toBe(ROOT_HELP);
  });

  it('docker help prints the same root help on stdout', () => {
    expect(helpOf('docker help')).toBe(ROOT_HELP);
  });

  it('docker container --help lists its subcommands sorted, with ls for ps', () => {
    expect(helpOf('docker container --help')).toBe(
      lines(
        'Usage:  docker container COMMAND',
        '',
        'Manage containers',
        '',
        'Commands:',
        '  attach      Attach local standard input, output, and error streams to a running container',
        '  create      Create a new container',
        '  exec        Execute a command in a running container',
        '  inspect     Display detailed information on one or more containers',
        '  kill        Kill one or more running containers',
        '  logs        Fetch the logs of a container',
        '  ls          List containers',
        '  pause       Pause all processes within one or more containers',
        '  prune       Remove all stopped containers',
        '  rename      Rename a container',
        '  restart     Restart one or more containers',
        '  rm          Remove one or more containers',
        '  run         Create and run a new container from an image',
        '  start       Start one or more stopped containers',
        '  stop        Stop one or more running containers',
        '  top         Display the running processes of a container',
        '  unpause     Unpause all processes within one or more containers',
        '  update      Update configuration of one or more containers',
        '  wait        Block until one or more containers stop, then print their exit codes',
        '',
        "Run 'docker container COMMAND --help' for more information on a command.",
      ),
    );
  });

  it('docker help help describes the help command', () => {
    expect(helpOf('docker help help')).toBe(lines('Usage:  docker help [command]', '', 'Help about the command'));
  });

  it('resolveChain finds nested commands by name or alias', () => {
    const chain = resolveChain(['container', 'list']);
    expect(chain?.map((c) => c.use.split(' ')[0])).toEqual(['docker', 'container', 'ls']);
    expect(resolveChain(['nope'])).toBeUndefined();
    expect(chain && helpText(chain)).toBe(CONTAINER_LS_HELP);
  });
});

describe('the command table', () => {
  it('has every simulated verb, each with docker/cli usage lines', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual([...VERBS].sort());
    for (const verb of VERBS) expect(COMMANDS[verb].verb).toBe(verb);
    expect(COMMANDS.stop.use).toBe('stop [OPTIONS] CONTAINER [CONTAINER...]');
    expect(COMMANDS.run.use).toBe('run [OPTIONS] IMAGE [COMMAND] [ARG...]');
  });

  it('marks create and run as not interspersed and the others as interspersed', () => {
    for (const spec of Object.values(COMMANDS)) {
      // create, run, exec and top hand everything after their first argument to the container.
      expect(spec.interspersed).toBe(!['create', 'run', 'exec', 'top'].includes(spec.verb ?? ''));
    }
  });

  it('gives every flag a unique long name and shorthand within its command', () => {
    for (const spec of Object.values(COMMANDS)) {
      const names = spec.flags.map((f) => f.name);
      const shorts = spec.flags.flatMap((f) => (f.short === undefined ? [] : [f.short]));
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(shorts).size).toBe(shorts.length);
    }
  });
});
