import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlagsByVerb, ParsedCommand } from '../../../machines/cli/index';
import { parseCommandLine, stdinTtyError } from '../../../machines/cli/index';

function command(line: string): ParsedCommand {
  const r = parseCommandLine(line);
  if (r.kind !== 'command') throw new Error(`expected a command for ${line}, got ${JSON.stringify(r)}`);
  return r.command;
}

function out(line: string): { stdout: string; stderr: string; exitCode: number } {
  const r = parseCommandLine(line);
  if (r.kind !== 'output') throw new Error(`expected output for ${line}, got ${JSON.stringify(r)}`);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

const flagsOf = <V extends ParsedCommand['verb']>(line: string, verb: V): FlagsByVerb[V] => {
  const c = command(line);
  if (c.verb !== verb) throw new Error(`expected ${verb}, got ${c.verb}`);
  return c.flags as FlagsByVerb[V];
};

const usageError = (err: string, useLine: string, path: string): string =>
  `${err}\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information\n`;

const STOP_USE = 'docker stop [OPTIONS] CONTAINER [CONTAINER...]';
const RUN_USE = 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]';

describe('lines that are not docker commands', () => {
  it('returns empty for a blank line or a comment', () => {
    expect(parseCommandLine('   ')).toEqual({ kind: 'empty' });
    expect(parseCommandLine('# nothing')).toEqual({ kind: 'empty' });
  });

  it('answers another program with bash: ls: command not found and status 127', () => {
    expect(out('ls -l')).toEqual({ stdout: '', stderr: 'bash: ls: command not found\n', exitCode: 127 });
  });

  it('reports an unbalanced quote as bash does, with status 2', () => {
    expect(out("docker run busybox sh -c 'exit 1")).toEqual({
      stdout: '',
      stderr: "bash: unexpected EOF while looking for matching `''\n",
      exitCode: 2,
    });
  });
});

describe('verbs, aliases and command paths', () => {
  it.each([
    ['docker stop web', 'stop', 'docker stop'],
    ['docker container stop web', 'stop', 'docker container stop'],
    ['docker container rm web', 'rm', 'docker container rm'],
    ['docker container remove web', 'rm', 'docker container rm'],
    ['docker ps', 'ps', 'docker ps'],
    ['docker container ls', 'ps', 'docker container ls'],
    ['docker container list', 'ps', 'docker container ls'],
    ['docker container ps', 'ps', 'docker container ls'],
    ['docker events', 'events', 'docker events'],
    ['docker system events', 'events', 'docker system events'],
    ['docker inspect web', 'inspect', 'docker inspect'],
    ['docker container inspect web', 'inspect', 'docker container inspect'],
    ['docker container run busybox', 'run', 'docker container run'],
    ['docker container create busybox', 'create', 'docker container create'],
    ['docker container start a', 'start', 'docker container start'],
    ['docker container kill a', 'kill', 'docker container kill'],
    ['docker container restart a', 'restart', 'docker container restart'],
    ['docker container pause a', 'pause', 'docker container pause'],
    ['docker container unpause a', 'unpause', 'docker container unpause'],
  ])('%s runs %s with the canonical path %s', (line, verb, path) => {
    const c = command(line);
    expect(c.verb).toBe(verb);
    expect(c.path).toBe(path);
  });

  it('passes every container argument through in order', () => {
    expect(command('docker stop a b c').args).toEqual(['a', 'b', 'c']);
  });

  it('accepts global options before the command', () => {
    expect(command('docker -D --log-level debug ps -a').verb).toBe('ps');
  });

  it('gives docker container inspect the container type', () => {
    expect(flagsOf('docker container inspect web', 'inspect').type).toBe('container');
    expect(flagsOf('docker inspect web', 'inspect').type).toBeUndefined();
  });
});

describe('pflag syntax', () => {
  it('combined short flags -dit set detach, interactive and tty', () => {
    const f = flagsOf('docker run -dit busybox', 'run');
    expect([f.detach, f.interactive, f.tty]).toEqual([true, true, true]);
  });

  it('reads --flag=value, --flag value, -t10, -t=10 and -t 10 alike', () => {
    for (const line of [
      'docker stop --timeout=10 a',
      'docker stop --timeout 10 a',
      'docker stop -t10 a',
      'docker stop -t=10 a',
      'docker stop -t 10 a',
    ]) {
      expect(flagsOf(line, 'stop').timeout).toBe(10);
    }
  });

  it('leaves the stop timeout undefined when -t is not given', () => {
    expect(flagsOf('docker stop a', 'stop')).toEqual({ signal: undefined, timeout: undefined });
  });

  it('accepts negative stop timeouts in every spelling', () => {
    expect(flagsOf('docker stop -t -1 a', 'stop').timeout).toBe(-1);
    expect(flagsOf('docker stop -t=-5 a', 'stop').timeout).toBe(-5);
    expect(flagsOf('docker stop -t-1 a', 'stop').timeout).toBe(-1);
    expect(flagsOf('docker restart --timeout -1 a', 'restart').timeout).toBe(-1);
  });

  it('parses int flags with Go literal prefixes and underscores', () => {
    expect(flagsOf('docker stop -t 0x10 a', 'stop').timeout).toBe(16);
    expect(flagsOf('docker stop -t 010 a', 'stop').timeout).toBe(8);
    expect(flagsOf('docker stop -t 1_0 a', 'stop').timeout).toBe(10);
  });

  it('accepts the deprecated --time and prints its notice on stdout', () => {
    const c = command('docker stop --time 3 a');
    expect(c.verb === 'stop' && c.flags.timeout).toBe(3);
    expect(c.notices).toBe('Flag --time has been deprecated, use --timeout instead\n');
  });

  it('lets -s take the rest of a shorthand group as its value', () => {
    const c = command('docker stop -st 3');
    expect(c.verb === 'stop' && c.flags.signal).toBe('t');
    expect(c.args).toEqual(['3']);
  });

  it.each([
    ['docker kill -s HUP a', 'HUP'],
    ['docker kill -sHUP a', 'HUP'],
    ['docker kill -s=SIGHUP a', 'SIGHUP'],
    ['docker kill --signal=1 a', '1'],
    ['docker kill --signal KILL a', 'KILL'],
    ['docker kill a', undefined],
    ['docker kill -s "" a', undefined],
  ])('%s sends signal %s', (line, signal) => {
    expect(flagsOf(line, 'kill').signal).toBe(signal);
  });

  it('lets bool flags take =false and similar Go spellings', () => {
    expect(flagsOf('docker run --rm=false busybox', 'run').rm).toBe(false);
    expect(flagsOf('docker ps -a=1', 'ps').all).toBe(true);
    expect(flagsOf('docker run --sig-proxy=False busybox', 'run').sigProxy).toBe(false);
  });

  it('does not take a separate word as a bool value', () => {
    const c = command('docker rm -f false');
    expect(c.verb === 'rm' && c.flags.force).toBe(true);
    expect(c.args).toEqual(['false']);
  });

  it('ends flags at --', () => {
    expect(command('docker stop -- -t').args).toEqual(['-t']);
  });

  it('allows flags after container names for interspersed commands', () => {
    const c = command('docker rm a -f b');
    expect(c.verb === 'rm' && c.flags.force).toBe(true);
    expect(c.args).toEqual(['a', 'b']);
  });

  it('gives flags after the image to the container command for run and create', () => {
    const c = command("docker run --rm busybox sh -c 'sleep 1; exit 1' --rm -d");
    expect(c.args).toEqual(['busybox', 'sh', '-c', 'sleep 1; exit 1', '--rm', '-d']);
    expect(c.verb === 'run' && c.flags.detach).toBe(false);
    expect(command('docker create busybox --name x').args).toEqual(['busybox', '--name', 'x']);
  });

  it('treats -h of run as --hostname', () => {
    expect(flagsOf('docker run -h box busybox', 'run').hostname).toBe('box');
  });

  it('collects repeatable flags and lower-cases -a streams', () => {
    const f = flagsOf('docker run -a STDOUT -a stderr -e A=1 -e B -p 80:80 -v /x:/y -l k=v busybox', 'run');
    expect(f.attach).toEqual(['stdout', 'stderr']);
    expect(f.env).toEqual(['A=1', 'B']);
    expect(f.publish).toEqual(['80:80']);
    expect(f.volume).toEqual(['/x:/y']);
    expect(f.label).toEqual(['k=v']);
  });

  it('normalises filters to key and value', () => {
    expect(flagsOf('docker ps -f " Status = exited " --filter name=web', 'ps').filter).toEqual([
      { key: 'status', value: 'exited' },
      { key: 'name', value: 'web' },
    ]);
  });

  it('reports which flags were given', () => {
    expect(command('docker ps -aq --last 2').changed).toEqual(['all', 'quiet', 'last']);
  });
});

describe('create and run flags', () => {
  it('defaults to restart policy no, sig-proxy on and no name', () => {
    const f = flagsOf('docker run busybox', 'run');
    expect(f.restart).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    expect(f.restartText).toBe('no');
    expect(f.sigProxy).toBe(true);
    expect(f.name).toBeUndefined();
    expect(f.init).toBe(false);
    expect(f.initSet).toBe(false);
    expect(f.stopTimeout).toBeUndefined();
  });

  it('parses the restart policy syntax on the client and leaves names to the daemon', () => {
    expect(flagsOf('docker run --restart on-failure:3 busybox', 'run').restart).toEqual({
      Name: 'on-failure',
      MaximumRetryCount: 3,
    });
    expect(flagsOf('docker run --restart always: busybox', 'run').restart).toEqual({
      Name: 'always',
      MaximumRetryCount: 0,
    });
    expect(flagsOf('docker run --restart bogus:-2 busybox', 'run').restart).toEqual({
      Name: 'bogus',
      MaximumRetryCount: -2,
    });
    expect(flagsOf("docker run --restart '' busybox", 'run').restart).toEqual({ Name: '', MaximumRetryCount: 0 });
  });

  it('reads name, stop signal, stop timeout and init', () => {
    const f = flagsOf('docker create --name web --stop-signal SIGINT --stop-timeout 0 --init nginx', 'create');
    expect([f.name, f.stopSignal, f.stopTimeout, f.init, f.initSet]).toEqual(['web', 'SIGINT', 0, true, true]);
  });

  it('allows --rm with restart policy no', () => {
    expect(flagsOf('docker run --rm --restart no busybox', 'run').rm).toBe(true);
  });
});

describe('usage errors print like docker/cli', () => {
  it('unknown flag: --foo exits 125 with the usage block', () => {
    expect(out('docker stop --foo x')).toEqual({
      stdout: '',
      stderr: usageError('unknown flag: --foo', STOP_USE, 'docker stop'),
      exitCode: 125,
    });
  });

  it("unknown shorthand flag: 'z' in -z names only the rest of the group", () => {
    expect(out('docker ps -az').stderr).toBe(
      usageError("unknown shorthand flag: 'z' in -z", 'docker ps [OPTIONS]', 'docker ps'),
    );
  });

  it('reports the first byte of a non-ASCII shorthand as Go does', () => {
    expect(out('docker ps -é').stderr.split('\n')[0]).toBe("unknown shorthand flag: 'Ã' in -é");
  });

  it('flag needs an argument for long and short flags', () => {
    expect(out('docker run --name').stderr).toBe(usageError('flag needs an argument: --name', RUN_USE, 'docker run'));
    expect(out('docker stop -t')).toEqual({
      stdout: '',
      stderr: usageError("flag needs an argument: 't' in -t", STOP_USE, 'docker stop'),
      exitCode: 125,
    });
  });

  it('invalid int values quote the value and both flag names', () => {
    expect(out('docker stop -t x y').stderr).toBe(
      usageError(
        'invalid argument "x" for "-t, --timeout" flag: strconv.ParseInt: parsing "x": invalid syntax',
        STOP_USE,
        'docker stop',
      ),
    );
    expect(out('docker stop -t 99999999999999999999 x').stderr.split('\n')[0]).toBe(
      'invalid argument "99999999999999999999" for "-t, --timeout" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range',
    );
    expect(out('docker stop -t= a').stderr.split('\n')[0]).toBe(
      'invalid argument "=" for "-t, --timeout" flag: strconv.ParseInt: parsing "=": invalid syntax',
    );
  });

  it('invalid bool values name a flag without shorthand by its long name only', () => {
    expect(out('docker run --rm=maybe x')).toEqual({
      stdout: '',
      stderr: usageError(
        'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
        RUN_USE,
        'docker run',
      ),
      exitCode: 125,
    });
  });

  it('rejects bad flag syntax', () => {
    expect(out('docker stop ---x').stderr.split('\n')[0]).toBe('bad flag syntax: ---x');
  });

  it('runs the validators of -a, -e, -l and --filter', () => {
    expect(out('docker run -a foo busybox').stderr.split('\n')[0]).toBe(
      'invalid argument "foo" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR',
    );
    expect(out('docker run -e =x busybox').stderr.split('\n')[0]).toBe(
      'invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x',
    );
    expect(out("docker run -l ' a b=c' busybox").stderr.split('\n')[0]).toBe(
      `invalid argument " a b=c" for "-l, --label" flag: label 'a b' contains whitespaces`,
    );
    expect(out('docker ps -f status').stderr.split('\n')[0]).toBe(
      'invalid argument "status" for "-f, --filter" flag: bad format of filter (expected name=value)',
    );
  });

  it('shows the canonical command path for an alias', () => {
    expect(out('docker container ps -z').stderr).toBe(
      usageError("unknown shorthand flag: 'z' in -z", 'docker container ls [OPTIONS]', 'docker container ls'),
    );
  });

  it('says "requires at least 1 argument" with See … and exit 1', () => {
    expect(out('docker stop')).toEqual({
      stdout: '',
      stderr: `docker: 'docker stop' requires at least 1 argument\n\nUsage:  ${STOP_USE}\n\nSee 'docker stop --help' for more information\n`,
      exitCode: 1,
    });
    expect(out('docker container remove').stderr).toBe(
      "docker: 'docker container rm' requires at least 1 argument\n\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker container rm --help' for more information\n",
    );
  });

  it('says "accepts no arguments" for ps and events', () => {
    expect(out('docker ps x')).toEqual({
      stdout: '',
      stderr:
        "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      exitCode: 1,
    });
    expect(out('docker system events x').stderr.split('\n')[0]).toBe(
      "docker: 'docker system events' accepts no arguments",
    );
  });

  it('checks flags before arguments', () => {
    expect(out('docker stop --bogus').exitCode).toBe(125);
  });

  it('prints the deprecation notice even when the arguments are then refused', () => {
    expect(out('docker stop --time=5')).toEqual({
      stdout: 'Flag --time has been deprecated, use --timeout instead\n',
      stderr: `docker: 'docker stop' requires at least 1 argument\n\nUsage:  ${STOP_USE}\n\nSee 'docker stop --help' for more information\n`,
      exitCode: 1,
    });
  });

  it('refuses an unknown global option with the root usage line', () => {
    expect(out('docker --foo ps')).toEqual({
      stdout: '',
      stderr: usageError('unknown flag: --foo', 'docker [OPTIONS] COMMAND [ARG...]', 'docker'),
      exitCode: 125,
    });
  });
});

describe('unknown commands', () => {
  it('docker foo is an unknown command with exit 1 and no usage block', () => {
    expect(out('docker foo')).toEqual({
      stdout: '',
      stderr: "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n",
      exitCode: 1,
    });
  });

  it('docker container foo shows the management command usage', () => {
    expect(out('docker container foo')).toEqual({
      stdout: '',
      stderr:
        "docker: unknown command: docker container foo\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n",
      exitCode: 1,
    });
  });

  it('parses the root flags after an unknown command', () => {
    expect(out('docker foo --bogus').stderr).toBe(
      usageError('unknown flag: --bogus', 'docker [OPTIONS] COMMAND [ARG...]', 'docker'),
    );
  });

  it('lets a value-taking unknown flag swallow the subcommand, as cobra Traverse does', () => {
    expect(out('docker container --foo stop x')).toEqual({
      stdout: '',
      stderr: usageError('unknown flag: --foo', 'docker container', 'docker container'),
      exitCode: 125,
    });
  });

  it('a bare docker prints the root help on stderr and exits 0', () => {
    const r = out('docker');
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith('Usage:  docker [OPTIONS] COMMAND\n')).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  it('a bare docker container prints its help on stderr and exits 0', () => {
    const r = out('docker container');
    expect(r.stderr.startsWith('Usage:  docker container COMMAND\n')).toBe(true);
    expect(r.exitCode).toBe(0);
  });
});

describe('client-side checks before the daemon is asked', () => {
  it('--rm with --restart always is refused by run with exit 125', () => {
    expect(out('docker run --rm --restart always busybox')).toEqual({
      stdout: '',
      stderr:
        "docker: conflicting options: cannot specify both --restart and --rm\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
  });

  it('--rm with --restart is refused by create naming docker create', () => {
    expect(out('docker container create --rm --restart=on-failure:3 busybox')).toEqual({
      stdout: '',
      stderr:
        "docker: conflicting options: cannot specify both --restart and --rm\n\nRun 'docker create --help' for more information\n",
      exitCode: 125,
    });
  });

  it('reports restart policy format errors before the --rm conflict', () => {
    expect(out('docker run --rm --restart :3 busybox').stderr).toBe(
      "docker: invalid restart policy format: no policy provided before colon\n\nRun 'docker run --help' for more information\n",
    );
    expect(out('docker run --restart on-failure:x busybox').stderr).toBe(
      "docker: invalid restart policy format: maximum retry count must be an integer\n\nRun 'docker run --help' for more information\n",
    );
  });

  it('refuses an unknown --pull value', () => {
    expect(out('docker run --pull=sometimes busybox')).toEqual({
      stdout: '',
      stderr: `docker: invalid pull option: 'sometimes': must be one of "always", "missing" or "never"\n\nRun 'docker run --help' for more information\n`,
      exitCode: 125,
    });
  });

  it('refuses -a together with -d as a plain error with exit 1', () => {
    expect(out('docker run -d -a stdout busybox')).toEqual({
      stdout: '',
      stderr: 'conflicting options: cannot specify both --attach and --detach\n',
      exitCode: 1,
    });
  });

  it('refuses --time together with --timeout after the deprecation notice', () => {
    expect(out('docker stop --time 3 --timeout 3 x')).toEqual({
      stdout: 'Flag --time has been deprecated, use --timeout instead\n',
      stderr: 'conflicting options: cannot specify both --timeout and --time\n',
      exitCode: 1,
    });
  });

  it('refuses to attach to several containers with start -a', () => {
    expect(out('docker start -ai a b')).toEqual({
      stdout: '',
      stderr: 'you cannot start and attach multiple containers at once\n',
      exitCode: 1,
    });
  });

  it('checks docker inspect --type', () => {
    const types = '"config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"';
    expect(out('docker inspect --type x a').stderr).toBe(`unknown type: "x": must be one of ${types}\n`);
    expect(out('docker inspect --type= a').stderr).toBe(`type is empty: must be one of ${types}\n`);
  });

  it('refuses Windows-only and experimental flags against the Linux daemon', () => {
    expect(out('docker run --cpu-count 2 busybox')).toEqual({
      stdout: '',
      stderr:
        '"--cpu-count" is only supported on a Docker daemon running on windows, but the Docker daemon is running on linux\n',
      exitCode: 1,
    });
    expect(out('docker start --checkpoint c a').stderr).toBe(
      '"--checkpoint" is only supported on a Docker daemon with experimental features enabled\n',
    );
  });
});

describe('help and version', () => {
  it('docker stop --help prints help on stdout and exits 0', () => {
    const r = out('docker stop --help');
    expect(r.stdout.startsWith(`Usage:  ${STOP_USE}\n`)).toBe(true);
    expect([r.stderr, r.exitCode]).toEqual(['', 0]);
  });

  it('docker stop -h prints the shorthand deprecation notice before the help', () => {
    expect(
      out('docker stop -h').stdout.startsWith('Flag shorthand -h has been deprecated, use --help\nUsage:  docker stop'),
    ).toBe(true);
  });

  it('docker -h sends the notice to stderr and the help to stdout', () => {
    const r = out('docker -h');
    expect(r.stderr).toBe('Flag shorthand -h has been deprecated, use --help\n');
    expect(r.stdout.startsWith('Usage:  docker [OPTIONS] COMMAND\n')).toBe(true);
  });

  it('--help wins over missing arguments but not over unknown flags', () => {
    expect(out('docker stop --help').exitCode).toBe(0);
    expect(out('docker stop --help x --bogus').exitCode).toBe(125);
  });

  it('docker --help ps shows the help of ps', () => {
    expect(out('docker --help ps').stdout.startsWith('Usage:  docker ps [OPTIONS]\n')).toBe(true);
  });

  it('docker run busybox --help passes --help to the container', () => {
    expect(command('docker run busybox --help').args).toEqual(['busybox', '--help']);
  });

  it('docker help stop and docker help container stop print that help', () => {
    expect(out('docker help stop').stdout.startsWith(`Usage:  ${STOP_USE}\n`)).toBe(true);
    expect(out('docker help container stop').stdout.startsWith('Usage:  docker container stop [OPTIONS]')).toBe(true);
  });

  it('docker help foo is an unknown help topic', () => {
    expect(out('docker help foo')).toEqual({ stdout: '', stderr: 'unknown help topic: foo\n', exitCode: 1 });
  });

  it('docker -v prints the client version', () => {
    expect(out('docker -v')).toEqual({ stdout: 'Docker version 29.7.2, build a7dcaa6\n', stderr: '', exitCode: 0 });
  });
});

describe('stdinTtyError', () => {
  const run = (line: string) => flagsOf(line, 'run');
  it('refuses -it in the foreground when stdin is not a terminal', () => {
    expect(stdinTtyError(run('docker run -it busybox'), false)).toBe(
      'cannot attach stdin to a TTY-enabled container because stdin is not a terminal',
    );
  });

  it('allows -it on a terminal, -t alone, and anything detached', () => {
    expect(stdinTtyError(run('docker run -it busybox'), true)).toBeUndefined();
    expect(stdinTtyError(run('docker run -t busybox'), false)).toBeUndefined();
    expect(stdinTtyError(run('docker run -dit busybox'), false)).toBeUndefined();
  });

  it('counts -a stdin as attaching stdin', () => {
    expect(stdinTtyError(run('docker run -t -a stdin busybox'), false)).toBeDefined();
  });
});

describe('robustness', () => {
  it('never throws, whatever the line', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'docker',
        'container',
        'system',
        'run',
        'stop',
        'ps',
        'help',
        '--',
        '-',
        '-h',
        '--help',
        '-t',
        '-dit',
        '--rm=x',
        "'",
        '"',
        '\\',
        ' ',
        '=',
        '-é',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const r = parseCommandLine(['docker', ...words].join(' '));
        expect(['empty', 'command', 'output']).toContain(r.kind);
      }),
      { numRuns: 2000 },
    );
  });
});
