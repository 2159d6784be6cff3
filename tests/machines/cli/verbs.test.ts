/**
 * The verbs added in issue 11, as the command table gives them to help and Tab completion.
 * Goldens are docker/cli v29's usage text (cli/command/container/*.go, image/*.go), checked
 * against the docker 28.2 client where the command did not change.
 */
import { describe, expect, it } from 'vitest';
import { complete, parseCommandLine, verbHelp } from '../../../machines/cli/index';

const lines = (...ls: string[]): string => ls.join('\n') + '\n';

const help = (line: string): string => {
  const r = parseCommandLine(line);
  if (r.kind !== 'output') throw new Error(`no output for ${line}`);
  return r.stdout;
};

const IMAGES_HELP = lines(
  'Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]',
  '',
  'List images',
  '',
  'Aliases:',
  '  docker image ls, docker image list, docker images',
  '',
  'Options:',
  '  -a, --all             Show all images (default hides intermediate and',
  '                        dangling images)',
  '      --digests         Show digests',
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
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only show image IDs',
  '      --tree            List multi-platform images as a tree (EXPERIMENTAL)',
);

const PULL_HELP = lines(
  'Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  '',
  'Download an image from a registry',
  '',
  'Aliases:',
  '  docker image pull, docker pull',
  '',
  'Options:',
  '  -a, --all-tags          Download all tagged images in the repository',
  '      --platform string   Set platform if server is multi-platform capable',
  '  -q, --quiet             Suppress verbose output',
);

const LOGS_HELP = lines(
  'Usage:  docker logs [OPTIONS] CONTAINER',
  '',
  'Fetch the logs of a container',
  '',
  'Aliases:',
  '  docker container logs, docker logs',
  '',
  'Options:',
  '      --details        Show extra details provided to logs',
  '  -f, --follow         Follow log output',
  '      --since string   Show logs since timestamp (e.g.',
  '                       "2013-01-02T13:23:37Z") or relative (e.g. "42m"',
  '                       for 42 minutes)',
  '  -n, --tail string    Number of lines to show from the end of the logs',
  '                       (default "all")',
  '  -t, --timestamps     Show timestamps',
  '      --until string   Show logs before a timestamp (e.g.',
  '                       "2013-01-02T13:23:37Z") or relative (e.g. "42m"',
  '                       for 42 minutes)',
);

const WAIT_HELP = lines(
  'Usage:  docker wait CONTAINER [CONTAINER...]',
  '',
  'Block until one or more containers stop, then print their exit codes',
  '',
  'Aliases:',
  '  docker container wait, docker wait',
);

const RENAME_HELP = lines(
  'Usage:  docker rename CONTAINER NEW_NAME',
  '',
  'Rename a container',
  '',
  'Aliases:',
  '  docker container rename, docker rename',
);

const ATTACH_HELP = lines(
  'Usage:  docker attach [OPTIONS] CONTAINER',
  '',
  'Attach local standard input, output, and error streams to a running container',
  '',
  'Aliases:',
  '  docker container attach, docker attach',
  '',
  'Options:',
  '      --detach-keys string   Override the key sequence for detaching a',
  '                             container',
  '      --no-stdin             Do not attach STDIN',
  '      --sig-proxy            Proxy all received signals to the process',
  '                             (default true)',
);

const TOP_HELP = lines(
  'Usage:  docker top CONTAINER [ps OPTIONS]',
  '',
  'Display the running processes of a container',
  '',
  'Aliases:',
  '  docker container top, docker top',
);

const UPDATE_HELP = lines(
  'Usage:  docker update [OPTIONS] CONTAINER [CONTAINER...]',
  '',
  'Update configuration of one or more containers',
  '',
  'Aliases:',
  '  docker container update, docker update',
  '',
  'Options:',
  '      --blkio-weight uint16        Block IO (relative weight), between 10',
  '                                   and 1000, or 0 to disable (default 0)',
  '      --cpu-period int             Limit CPU CFS (Completely Fair',
  '                                   Scheduler) period',
  '      --cpu-quota int              Limit CPU CFS (Completely Fair',
  '                                   Scheduler) quota',
  '      --cpu-rt-period int          Limit the CPU real-time period in',
  '                                   microseconds',
  '      --cpu-rt-runtime int         Limit the CPU real-time runtime in',
  '                                   microseconds',
  '  -c, --cpu-shares int             CPU shares (relative weight)',
  '      --cpus decimal               Number of CPUs',
  '      --cpuset-cpus string         CPUs in which to allow execution (0-3, 0,1)',
  '      --cpuset-mems string         MEMs in which to allow execution (0-3, 0,1)',
  '  -m, --memory bytes               Memory limit',
  '      --memory-reservation bytes   Memory soft limit',
  '      --memory-swap bytes          Swap limit equal to memory plus swap:',
  '                                   -1 to enable unlimited swap',
  '      --pids-limit int             Tune container pids limit (set -1 for',
  '                                   unlimited)',
  '      --restart string             Restart policy to apply when a',
  '                                   container exits',
);

const EXEC_HELP = lines(
  'Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  '',
  'Execute a command in a running container',
  '',
  'Aliases:',
  '  docker container exec, docker exec',
  '',
  'Options:',
  '  -d, --detach               Detached mode: run command in the background',
  '      --detach-keys string   Override the key sequence for detaching a',
  '                             container',
  '  -e, --env list             Set environment variables',
  '      --env-file list        Read in a file of environment variables',
  '  -i, --interactive          Keep STDIN open even if not attached',
  '      --privileged           Give extended privileges to the command',
  '  -t, --tty                  Allocate a pseudo-TTY',
  '  -u, --user string          Username or UID (format:',
  '                             "<name|uid>[:<group|gid>]")',
  '  -w, --workdir string       Working directory inside the container',
);

const CONTAINER_PRUNE_HELP = lines(
  'Usage:  docker container prune [OPTIONS]',
  '',
  'Remove all stopped containers',
  '',
  'Options:',
  '      --filter filter   Provide filter values (e.g. "until=<timestamp>")',
  '  -f, --force           Do not prompt for confirmation',
);

const ctx = { containers: ['web', 'db'], images: ['busybox', 'nginx'] };

describe('docker images and docker pull', () => {
  it('docker images --help and docker image ls --help print the image list usage', () => {
    expect(help('docker images --help')).toBe(IMAGES_HELP);
    expect(verbHelp('images')).toBe(IMAGES_HELP);
    expect(help('docker image ls --help')).toBe(
      IMAGES_HELP.replace('docker images [OPTIONS]', 'docker image ls [OPTIONS]'),
    );
  });

  it('docker pull --help hides the deprecated --disable-content-trust', () => {
    expect(help('docker pull --help')).toBe(PULL_HELP);
    expect(help('docker image pull --help')).toBe(
      PULL_HELP.replace('docker pull [OPTIONS]', 'docker image pull [OPTIONS]'),
    );
  });

  it('Tab completes images, image ls and pull, and image names after pull', () => {
    expect(complete('docker ima', ctx).candidates).toEqual(['image', 'images']);
    expect(complete('docker image ', ctx).candidates).toEqual(['list', 'ls', 'pull']);
    expect(complete('docker pull ng', ctx).line).toBe('docker pull nginx ');
    expect(complete('docker images --d', ctx).line).toBe('docker images --digests ');
  });
});

describe('the container verbs of issue 11 print docker/cli’s help, byte for byte', () => {
  // Goldens: the docker 28.2 client's output, unchanged in v29 for these commands.
  it.each([
    ['logs', LOGS_HELP],
    ['wait', WAIT_HELP],
    ['rename', RENAME_HELP],
    ['attach', ATTACH_HELP],
    ['top', TOP_HELP],
    ['update', UPDATE_HELP],
    ['exec', EXEC_HELP],
  ])('docker %s --help', (verb, golden) => {
    expect(help(`docker ${verb} --help`)).toBe(golden);
    expect(help(`docker container ${verb} --help`)).toBe(
      golden.replace(`docker ${verb} `, `docker container ${verb} `),
    );
  });

  it('docker container prune --help (prune exists only under container)', () => {
    expect(help('docker container prune --help')).toBe(CONTAINER_PRUNE_HELP);
    expect(parseCommandLine('docker prune')).toMatchObject({ kind: 'output', exitCode: 1 });
  });

  it('docker exec -it web sh parses -i and -t (no more “unknown shorthand flag”) and leaves the command alone', () => {
    const r = parseCommandLine('docker exec -it -e A=1 web sh -c "echo -n hi"');
    expect(r).toMatchObject({
      kind: 'command',
      command: {
        verb: 'exec',
        args: ['web', 'sh', '-c', 'echo -n hi'],
        flags: { interactive: true, tty: true, env: ['A=1'] },
      },
    });
  });
});

describe('Tab completion of the issue 11 verbs', () => {
  const statuses = { web: 'running', db: 'exited' } as const;
  it('offers the verbs and their flags', () => {
    expect(complete('docker lo', ctx).line).toBe('docker logs ');
    expect(complete('docker ex', ctx).line).toBe('docker exec ');
    expect(complete('docker re', ctx).candidates).toEqual(['rename', 'restart']);
    expect(complete('docker logs --ta', ctx).line).toBe('docker logs --tail ');
    expect(complete('docker container pr', ctx).line).toBe('docker container prune ');
    expect(complete('docker container prune --f', ctx).candidates).toEqual(['--filter', '--force']);
    expect(complete('docker update --restart on', ctx).line).toBe('docker update --restart on-failure ');
  });

  it('offers the containers each verb suits', () => {
    const c = { ...ctx, statuses };
    expect(complete('docker logs ', c).candidates).toEqual(['db', 'web']);
    expect(complete('docker top ', c).candidates).toEqual(['web']);
    expect(complete('docker attach ', c).candidates).toEqual(['db', 'web']);
    expect(complete('docker wait d', c).line).toBe('docker wait db ');
    expect(complete('docker rename w', c).line).toBe('docker rename web ');
  });
});
