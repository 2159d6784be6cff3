/**
 * The programs a simulated container can run besides its shell: what each writes and how it
 * exits, in the two families of the catalog (busybox and alpine use busybox's applets and
 * messages; ubuntu, debian and the Debian-based server images use coreutils and dash/bash).
 * Servers (nginx, redis-server, postgres, httpd-foreground) write a few start-up lines and run
 * until a signal they handle ends them (processes.ts).
 */
import type { ImageSpec } from '../images';
import { HOSTNAME, stamp, type Line } from './types';

/** What a command in a container runs against: its image, environment and surroundings. */
export interface ProgramContext {
  image: ImageSpec;
  /** Environment variables (`-e`), besides PATH, HOME and HOSTNAME. */
  env: Readonly<Record<string, string>>;
  /** Standard input is open (`-i`): `cat` and a shell read it until Ctrl+D. */
  stdin: boolean;
  tty: boolean;
  /** What the container's main process answers on, when it is a server that is up. */
  service: 'http' | 'redis' | 'postgres' | null;
  /** The injected fault "the health check starts failing": the service stops answering. */
  failing: boolean;
  /** The main process's command line, for `ps` inside the container. */
  mainCommand: string;
  user: string;
  workdir: string;
}

export type CommandOutcome =
  /** It ran: what it wrote, its exit status, and how long it took (ms). */
  | { kind: 'done'; lines: Line[]; status: number; ms: number; forever?: false }
  /** It runs until it is signalled (a server, `top`, `sleep infinity`), after writing `lines`. */
  | { kind: 'forever'; lines: Line[] }
  /** It reads its standard input until the end. */
  | { kind: 'stdin'; lines: Line[] }
  /** The runtime finds no such program (exec: 127). */
  | { kind: 'not-found' }
  /** The path is a directory or not executable (exec: 126). */
  | { kind: 'not-executable'; directory: boolean };

const out = (text: string): Line => ({ stream: 'stdout', text });
const err = (text: string): Line => ({ stream: 'stderr', text });
const done = (lines: Line[], status = 0, ms = 0): CommandOutcome => ({ kind: 'done', lines, status, ms });

/** busybox and alpine: busybox applets and ash; the others: coreutils and dash (bash where asked). */
export function isBusybox(image: ImageSpec): boolean {
  return image.repository === 'busybox' || image.repository === 'alpine';
}

const DEBIAN_ROOT = 'bin boot dev etc home lib lib64 media mnt opt proc root run sbin srv sys tmp usr var'.split(' ');
const ALPINE_ROOT = 'bin dev etc home lib media mnt opt proc root run sbin srv sys tmp usr var'.split(' ');
const BUSYBOX_ROOT = 'bin dev etc home lib lib64 proc root sys tmp usr var'.split(' ');

const OS_RELEASE: Readonly<Record<string, string>> = {
  alpine:
    'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\n',
  ubuntu:
    'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.3 LTS (Noble Numbat)"\nID=ubuntu\nID_LIKE=debian\n',
  debian:
    'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="13"\nVERSION="13 (trixie)"\nID=debian\n',
};

/** The files and directories a command can find, by path (directories list their entries). */
function filesystem(image: ImageSpec): { files: Record<string, string>; dirs: Record<string, string[]> } {
  const repo = image.repository;
  const busybox = isBusybox(image);
  const release = OS_RELEASE[repo] ?? (busybox ? undefined : OS_RELEASE.debian);
  const files: Record<string, string> = {
    '/etc/hostname': `${HOSTNAME}\n`,
    '/etc/hosts': `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n`,
    '/etc/passwd': busybox
      ? 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n'
      : 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
    ...(release ? { '/etc/os-release': release } : {}),
  };
  const dirs: Record<string, string[]> = {
    '/': busybox ? (repo === 'alpine' ? ALPINE_ROOT : BUSYBOX_ROOT) : DEBIAN_ROOT,
    '/tmp': [],
    '/root': [],
    '/home': [],
    '/etc': Object.keys(files)
      .map((f) => f.slice('/etc/'.length))
      .concat(repo === 'nginx' || repo === 'webapp' ? ['nginx'] : [])
      .sort(),
    '/usr': ['bin', 'lib', 'local', 'sbin', 'share'],
    '/var': ['cache', 'lib', 'log', 'run', 'tmp'],
  };
  if (repo === 'nginx' || repo === 'webapp') {
    dirs['/usr/share/nginx/html'] = ['50x.html', 'index.html'];
    files['/usr/share/nginx/html/index.html'] = WELCOME;
  }
  return { files, dirs };
}

const WELCOME = '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n</html>\n';

function resolvePath(path: string, workdir: string): string {
  const abs = path.startsWith('/') ? path : `${workdir.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const p of abs.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

/** What a path is in the container: a file, a directory, or nothing. */
export function pathKind(image: ImageSpec, path: string): 'file' | 'dir' | 'none' {
  const fs = filesystem(image);
  if (fs.dirs[path] !== undefined || path === '/bin' || path === '/proc' || path === '/sys' || path === '/dev') {
    return 'dir';
  }
  return fs.files[path] !== undefined ? 'file' : 'none';
}

/** Programs every non-scratch image has (busybox applets, or coreutils and friends). */
const UTILITIES = [
  'sh',
  'echo',
  'printf',
  'cat',
  'ls',
  'date',
  'hostname',
  'env',
  'printenv',
  'pwd',
  'whoami',
  'id',
  'uname',
  'ps',
  'sleep',
  'true',
  'false',
  'top',
  'test',
  '[',
  'kill',
];

/** Is `program` (a name or a path) something the image can run? */
export function hasProgram(image: ImageSpec, program: string): boolean {
  if (image.scratch) return image.programs.includes(program);
  const name = program.slice(program.lastIndexOf('/') + 1);
  if (image.programs.includes(program) || image.programs.includes(name)) return true;
  if (name === 'bash') return !isBusybox(image);
  if (name === 'wget') return isBusybox(image);
  return UTILITIES.includes(name);
}

function catFile(ctx: ProgramContext, files: readonly string[]): CommandOutcome {
  const fs = filesystem(ctx.image);
  const busybox = isBusybox(ctx.image);
  const lines: Line[] = [];
  let status = 0;
  for (const f of files) {
    const path = resolvePath(f, ctx.workdir);
    const content = fs.files[path];
    if (content !== undefined) {
      lines.push(out(content));
      continue;
    }
    status = 1;
    if (pathKind(ctx.image, path) === 'dir') {
      lines.push(err(busybox ? 'cat: read error: Is a directory\n' : `cat: ${f}: Is a directory\n`));
    } else {
      lines.push(
        err(busybox ? `cat: can't open '${f}': No such file or directory\n` : `cat: ${f}: No such file or directory\n`),
      );
    }
  }
  return done(lines, status);
}

function ls(ctx: ProgramContext, args: readonly string[]): CommandOutcome {
  const fs = filesystem(ctx.image);
  const paths = args.filter((a) => !a.startsWith('-'));
  const targets = paths.length === 0 ? [ctx.workdir] : paths;
  const lines: Line[] = [];
  let status = 0;
  targets.forEach((t, i) => {
    const path = resolvePath(t, ctx.workdir);
    const entries = fs.dirs[path];
    if (entries !== undefined) {
      if (targets.length > 1) lines.push(out(`${i > 0 ? '\n' : ''}${t}:\n`));
      if (entries.length > 0) lines.push(out(entries.map((e) => `${e}\n`).join('')));
    } else if (fs.files[path] !== undefined) {
      lines.push(out(`${t}\n`));
    } else {
      status = isBusybox(ctx.image) ? 1 : 2;
      lines.push(
        err(
          isBusybox(ctx.image)
            ? `ls: ${t}: No such file or directory\n`
            : `ls: cannot access '${t}': No such file or directory\n`,
        ),
      );
    }
  });
  return done(lines, status);
}

function echo(args: readonly string[]): CommandOutcome {
  let rest = [...args];
  let newline = true;
  let escapes = false;
  while (rest[0] !== undefined && /^-[neE]+$/.test(rest[0])) {
    const flag = rest[0];
    if (flag.includes('n')) newline = false;
    if (flag.includes('e')) escapes = true;
    rest = rest.slice(1);
  }
  let text = rest.join(' ');
  if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
  return done([out(newline ? `${text}\n` : text)]);
}

/** printf with %s, %d, %% and \n / \t escapes; the format is reused while arguments remain. */
function printf(args: readonly string[]): CommandOutcome {
  const [format = '', ...values] = args;
  let text = '';
  let i = 0;
  do {
    text += format
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t')
      .replace(/%([sd%])/g, (_, c: string) => (c === '%' ? '%' : (values[i++] ?? (c === 'd' ? '0' : ''))));
  } while (i < values.length && /%[sd]/.test(format));
  return done([out(text)]);
}

function environment(ctx: ProgramContext): Record<string, string> {
  return {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOSTNAME,
    ...(ctx.tty ? { TERM: 'xterm' } : {}),
    ...ctx.env,
    HOME: ctx.user === 'root' ? '/root' : '/',
  };
}

/** `sleep` accepts N, N.5, and s/m/h/d suffixes, and `infinity`. Null when it is forever. */
export function parseSleep(arg: string | undefined): number | null | 'invalid' {
  if (arg === undefined) return 'invalid';
  if (arg === 'infinity' || arg === 'inf') return null;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return 'invalid';
  const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ''] ?? 1000;
  return Math.round(Number(m[1]) * unit);
}

function sleep(ctx: ProgramContext, args: readonly string[]): CommandOutcome {
  const ms = parseSleep(args[0]);
  if (ms === null) return { kind: 'forever', lines: [] };
  if (ms === 'invalid') {
    const arg = args[0];
    const message = isBusybox(ctx.image)
      ? arg === undefined
        ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...\n'
        : `sleep: invalid number '${arg}'\n`
      : arg === undefined
        ? "sleep: missing operand\nTry 'sleep --help' for more information.\n"
        : `sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`;
    return done([err(message)], 1);
  }
  return done([], 0, ms);
}

/** `test` / `[`: -e, -f, -d, -n, -z and string (in)equality. */
function test(ctx: ProgramContext, argv: readonly string[]): CommandOutcome {
  const args = argv[0] === '[' ? argv.slice(1, argv.at(-1) === ']' ? -1 : undefined) : argv.slice(1);
  const truth = (ok: boolean) => done([], ok ? 0 : 1);
  if (args.length === 0) return truth(false);
  if (args.length === 1) return truth((args[0] ?? '') !== '');
  const [a = '', b = '', c = ''] = args;
  if (args.length === 2) {
    const kind = pathKind(ctx.image, resolvePath(b, ctx.workdir));
    switch (a) {
      case '-e':
        return truth(kind !== 'none');
      case '-f':
        return truth(kind === 'file');
      case '-d':
        return truth(kind === 'dir');
      case '-n':
        return truth(b !== '');
      case '-z':
        return truth(b === '');
      case '!':
        return truth(b === '');
    }
  }
  if (b === '=' || b === '==') return truth(a === c);
  if (b === '!=') return truth(a !== c);
  const cmp: Record<string, (x: number, y: number) => boolean> = {
    '-eq': (x, y) => x === y,
    '-ne': (x, y) => x !== y,
    '-lt': (x, y) => x < y,
    '-le': (x, y) => x <= y,
    '-gt': (x, y) => x > y,
    '-ge': (x, y) => x >= y,
  };
  const op = cmp[b];
  return op ? truth(op(Number(a), Number(c))) : done([err(`sh: ${b}: unknown operand\n`)], 2);
}

/** curl / wget against the container itself: the web server answers unless it is failing. */
function http(ctx: ProgramContext, argv: readonly string[]): CommandOutcome {
  const curl = argv[0]?.endsWith('curl') === true;
  const flags = argv.slice(1).filter((a) => a.startsWith('-'));
  const url = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
  const silent = flags.some((f) => /^-[a-zA-Z]*[sq]/.test(f) || f === '--silent' || f === '--quiet');
  const fail = flags.some((f) => /^-[a-zA-Z]*f/.test(f) || f === '--fail');
  const local = /^(https?:\/\/)?(localhost|127\.0\.0\.1)(:80)?(\/|$)/.test(url);
  if (!local || ctx.service !== 'http') {
    const host = url.replace(/^https?:\/\//, '').split(/[/:]/)[0] ?? url;
    if (curl) {
      return done(
        silent ? [] : [err(`curl: (7) Failed to connect to ${host} port 80 after 0 ms: Couldn't connect to server\n`)],
        7,
      );
    }
    return done(silent ? [] : [err(`wget: can't connect to remote host (127.0.0.1): Connection refused\n`)], 1);
  }
  if (ctx.failing) {
    if (curl) {
      return fail
        ? done(silent ? [] : [err('curl: (22) The requested URL returned error: 500\n')], 22)
        : done([out('<html><head><title>500 Internal Server Error</title></head></html>\n')]);
    }
    return done(silent ? [] : [err('wget: server returned error: HTTP/1.1 500 Internal Server Error\n')], 1);
  }
  const spider = flags.includes('--spider') || flags.includes('-O');
  return done(curl || !spider ? [out(WELCOME)] : []);
}

function psInside(ctx: ProgramContext, self: string): CommandOutcome {
  const busybox = isBusybox(ctx.image);
  const rows = busybox
    ? `PID   USER     TIME  COMMAND\n    1 root      0:00 ${ctx.mainCommand}\n    7 root      0:00 ${self}\n`
    : `    PID TTY          TIME CMD\n      1 ?        00:00:00 ${ctx.mainCommand.split(' ')[0]?.split('/').at(-1) ?? ''}\n      7 ?        00:00:00 ${self.split(' ')[0]}\n`;
  return done([out(rows)]);
}

/** Runs one command (not a shell builtin) in the container. */
export function runProgram(argv: readonly string[], ctx: ProgramContext): CommandOutcome {
  const [program = '', ...args] = argv;
  const name = program.slice(program.lastIndexOf('/') + 1);
  if (program.includes('/')) {
    const kind = pathKind(ctx.image, program);
    if (kind === 'dir') return { kind: 'not-executable', directory: true };
    if (kind === 'file' && !hasProgram(ctx.image, program)) return { kind: 'not-executable', directory: false };
  }
  if (!hasProgram(ctx.image, program)) return { kind: 'not-found' };
  switch (name) {
    case 'echo':
      return echo(args);
    case 'printf':
      return printf(args);
    case 'cat':
      if (args.length === 0) return ctx.stdin ? { kind: 'stdin', lines: [] } : done([]);
      return catFile(ctx, args);
    case 'ls':
      return ls(ctx, args);
    case 'date':
      return done([out(`${stamp('date')}\n`)]);
    case 'hostname':
      return done([out(`${HOSTNAME}\n`)]);
    case 'env':
    case 'printenv': {
      const vars = environment(ctx);
      if (name === 'printenv' && args[0] !== undefined) {
        const v = vars[args[0]];
        return v === undefined ? done([], 1) : done([out(`${v}\n`)]);
      }
      return done([
        out(
          Object.entries(vars)
            .map(([k, v]) => `${k}=${v}\n`)
            .join(''),
        ),
      ]);
    }
    case 'pwd':
      return done([out(`${ctx.workdir}\n`)]);
    case 'whoami':
      return done([out(`${ctx.user}\n`)]);
    case 'id':
      return done([
        out(
          ctx.user === 'root'
            ? 'uid=0(root) gid=0(root) groups=0(root)\n'
            : `uid=65534(${ctx.user}) gid=65534(nogroup) groups=65534(nogroup)\n`,
        ),
      ]);
    case 'uname':
      return done([out(args.includes('-a') ? `Linux ${HOSTNAME} 6.12.0 #1 SMP x86_64 GNU/Linux\n` : 'Linux\n')]);
    case 'ps':
      return psInside(ctx, argv.join(' '));
    case 'sleep':
      return sleep(ctx, args);
    case 'true':
      return done([]);
    case 'false':
      return done([], 1);
    case 'test':
    case '[':
      return test(ctx, argv);
    case 'top':
      return { kind: 'forever', lines: [] };
    case 'curl':
    case 'wget':
      return http(ctx, argv);
    case 'redis-cli':
      if (ctx.service === 'redis' && !ctx.failing)
        return done([out(args.includes('ping') || args.length === 0 ? 'PONG\n' : 'OK\n')]);
      return done([err('Could not connect to Redis at 127.0.0.1:6379: Connection refused\n')], 1);
    case 'pg_isready':
      return ctx.service === 'postgres' && !ctx.failing
        ? done([out('/var/run/postgresql:5432 - accepting connections\n')])
        : done([out('/var/run/postgresql:5432 - no response\n')], 2);
    case 'psql':
      return ctx.service === 'postgres' && !ctx.failing
        ? done([out(' ?column? \n----------\n        1\n(1 row)\n\n')])
        : done(
            [
              err(
                'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory\n',
              ),
            ],
            2,
          );
    case 'kill':
      return done([]);
    default:
      // A server started from a shell or `docker exec`: it writes its banner and runs.
      return { kind: 'forever', lines: [...(SERVER_BANNERS[name] ?? [])] };
  }
}

/** What each server writes when it starts (the first lines of its real log, shortened). */
export const SERVER_BANNERS: Readonly<Record<string, readonly Line[]>> = {
  nginx: [
    out('/docker-entrypoint.sh: Configuration complete; ready for start up\n'),
    err(`${stamp('nginx')} [notice] 1#1: nginx/1.29.2\n`),
    err(`${stamp('nginx')} [notice] 1#1: start worker processes\n`),
  ],
  'redis-server': [
    out(`1:C ${stamp('redis')} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n`),
    out(`1:M ${stamp('redis')} * Ready to accept connections tcp\n`),
  ],
  postgres: [
    err(`${stamp('postgres')} [1] LOG:  starting PostgreSQL 18.0 on x86_64-pc-linux-gnu\n`),
    err(`${stamp('postgres')} [1] LOG:  database system is ready to accept connections\n`),
  ],
  'httpd-foreground': [
    err(
      `[${stamp('httpd')}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.65 (Unix) configured -- resuming normal operations\n`,
    ),
    err(`[${stamp('httpd')}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n`),
  ],
};

/** What each server writes when a signal it handles stops it (by signal number). */
export const SERVER_FAREWELLS: Readonly<Record<string, Readonly<Record<number, readonly Line[]>>>> = {
  nginx: {
    3: [err(`${stamp('nginx')} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n`)],
    15: [err(`${stamp('nginx')} [notice] 1#1: signal 15 (SIGTERM) received, exiting\n`)],
    2: [err(`${stamp('nginx')} [notice] 1#1: signal 2 (SIGINT) received, exiting\n`)],
  },
  'redis-server': {
    15: [
      out(`1:signal-handler (${stamp('epoch')}) Received SIGTERM scheduling shutdown...\n`),
      out(`1:M ${stamp('redis')} # Redis is now ready to exit, bye bye...\n`),
    ],
    2: [
      out(`1:signal-handler (${stamp('epoch')}) Received SIGINT scheduling shutdown...\n`),
      out(`1:M ${stamp('redis')} # Redis is now ready to exit, bye bye...\n`),
    ],
  },
  postgres: {
    2: [
      err(`${stamp('postgres')} [1] LOG:  received fast shutdown request\n`),
      err(`${stamp('postgres')} [1] LOG:  database system is shut down\n`),
    ],
    15: [
      err(`${stamp('postgres')} [1] LOG:  received smart shutdown request\n`),
      err(`${stamp('postgres')} [1] LOG:  database system is shut down\n`),
    ],
  },
  'httpd-foreground': {
    28: [
      err(`[${stamp('httpd')}] [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully\n`),
    ],
    15: [err(`[${stamp('httpd')}] [mpm_event:notice] [pid 1:tid 1] AH00491: caught SIGTERM, shutting down\n`)],
  },
};

/** The service a server answers on (curl, redis-cli and pg_isready reach it). */
export function serviceOf(program: string): ProgramContext['service'] {
  const name = program.slice(program.lastIndexOf('/') + 1);
  if (name === 'nginx' || name === 'httpd-foreground') return 'http';
  if (name === 'redis-server') return 'redis';
  if (name === 'postgres') return 'postgres';
  return null;
}
