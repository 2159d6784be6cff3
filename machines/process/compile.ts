/**
 * The simulated shell: runs an `sh -c` script (shell/script.ts) ahead of time into the steps its
 * process takes — the lines it writes, the sleeps between them, and an endless loop when it
 * reaches one. Everything a script can ask is known when it starts (there is no input and no
 * other process), so `&&`, `||`, `if` and loop conditions are decided here; only the clock and
 * the signals it gets are left for later (timeline.ts).
 *
 * Builtins: `exit`, `trap`, `wait`, `exec`, `cd`, `export` and `NAME=value`, `break`, `:`;
 * `sh -c` / `bash -c` nest. Other commands run as programs (programs.ts). Word expansion covers
 * `$NAME`, `${NAME}`, `$?`, `$$`, `$!` and `$(…)`, without field splitting.
 */
import { parseScript, type Command, type List, type SimpleCommand } from '../shell/script';
import type { Part, WordToken } from '../shell/lexer';
import { parseSignal } from '../signals';
import { isBusybox, runProgram, type ProgramContext } from './programs';
import { HOSTNAME, type Line, type Step, type TrapAction } from './types';

/** Which shell runs the script: its messages differ (busybox ash, Debian's dash, bash). */
export type ShellFlavour = 'ash' | 'dash' | 'bash';

export interface Compiled {
  /** What it does from its start. */
  steps: Step[];
  /** Repeated for ever after `steps` (an endless loop), or null. */
  loop: Step[] | null;
  /** Its exit code when `steps` run out and there is no loop. */
  exitCode: number;
  /** `trap` actions by signal number (set as the script starts). */
  traps: Record<number, TrapAction>;
  /** `exec`: the shell replaced itself with this program after `steps`. */
  exec?: string[];
}

export function shellFlavour(ctx: ProgramContext, shell: string): ShellFlavour {
  if (shell.endsWith('bash')) return 'bash';
  return isBusybox(ctx.image) ? 'ash' : 'dash';
}

const line = (stream: Line['stream'], text: string): Line => ({ stream, text });

/** Control flow out of a list: `exit`, `break`, or an endless loop reached. */
class Stop {
  constructor(readonly why: 'exit' | 'break' | 'loop') {}
}

class Shell {
  steps: Step[] = [];
  loop: Step[] | null = null;
  status = 0;
  exited: number | null = null;
  /** The script (or a trap's action) ran `exit`. */
  explicitExit = false;
  exec: string[] | undefined;
  /** When a background `sleep` started (ms into the script) and how long it lasts. */
  private background: { at: number; ms: number | null } | null = null;
  /** Ms since the start, or null once a forever-wait is reached. */
  clock: number | null = 0;

  constructor(
    readonly ctx: ProgramContext,
    readonly flavour: ShellFlavour,
    readonly vars: Record<string, string>,
    readonly traps: Record<number, TrapAction>,
    private readonly exitTrap: { lines: Line[] } = { lines: [] },
  ) {}

  private emit(lines: readonly Line[], redirect?: SimpleCommand['stdout']): void {
    for (const l of lines) {
      if (redirect === 'null' && l.stream === 'stdout') continue;
      this.steps.push({ kind: 'print', line: redirect === 'stderr' ? { ...l, stream: 'stderr' } : l });
    }
  }

  private wait(ms: number | null, interruptible: boolean): void {
    if (ms === 0) return;
    this.steps.push({ kind: 'sleep', ms, interruptible });
    this.clock = ms === null || this.clock === null ? null : this.clock + ms;
    if (ms === null) throw new Stop('loop');
  }

  private message(command: string, what: 'not found' | 'Permission denied' | 'Is a directory'): Line {
    switch (this.flavour) {
      case 'ash':
        return line('stderr', `sh: ${command}: ${what}\n`);
      case 'dash':
        return line('stderr', `sh: 1: ${command}: ${what}\n`);
      case 'bash':
        return line('stderr', `bash: line 1: ${command}: ${what === 'not found' ? 'command not found' : what}\n`);
    }
  }

  /** One word after `$…` expansions (no field splitting). */
  expand(word: WordToken): string {
    return word.parts.map((p) => this.expandPart(p)).join('');
  }

  private expandPart(p: Part): string {
    if (p.kind === 'status') return String(this.status);
    if (p.kind === 'subst') {
      const sub = new Shell(this.ctx, this.flavour, { ...this.vars }, {});
      sub.runSource(p.source);
      return sub.steps
        .flatMap((s) => (s.kind === 'print' && s.line.stream === 'stdout' ? [s.line.text] : []))
        .join('')
        .replace(/\n+$/, '');
    }
    if (p.quote === 'single') return p.text;
    return p.text.replace(/\$(?:\{(\w+)\}|(\w+)|([$!#]))/g, (_, braced?: string, bare?: string, special?: string) => {
      if (special === '$') return '1';
      if (special === '!') return '7';
      if (special === '#') return '0';
      const name = braced ?? bare ?? '';
      if (/^\d+$/.test(name)) return name === '0' ? 'sh' : '';
      return this.vars[name] ?? '';
    });
  }

  runSource(source: string): void {
    const parsed = parseScript(source);
    if (!parsed.ok) {
      this.emit([
        parsed.unsupported
          ? line('stderr', `sh: this simulator does not run ${parsed.error} in scripts\n`)
          : line('stderr', `sh: syntax error: ${parsed.error}\n`),
      ]);
      this.exited = 2;
      return;
    }
    this.runTop(parsed.list);
  }

  /** The whole script: its end is an exit (with the EXIT trap's lines), unless it never ends. */
  runTop(list: List): void {
    try {
      this.runList(list);
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      if (e.why === 'loop') return;
    }
    if (this.exec === undefined) this.emit(this.exitTrap.lines);
    if (this.exited === null) this.exited = this.status;
  }

  runList(list: List): void {
    for (const item of list) {
      if (item.op === '&&' && this.status !== 0) continue;
      if (item.op === '||' && this.status === 0) continue;
      if (item.background) this.runBackground(item.command);
      else this.run(item.command);
    }
  }

  private runBackground(command: Command): void {
    if (command.kind === 'simple') {
      const argv = command.words.map((w) => this.expand(w));
      const outcome = runProgram(argv, this.ctx);
      if (outcome.kind === 'done' || outcome.kind === 'forever') {
        this.emit(outcome.lines, command.stdout);
        this.background = { at: this.clock ?? 0, ms: outcome.kind === 'done' ? outcome.ms : null };
      }
    }
    this.status = 0;
  }

  private run(command: Command): void {
    switch (command.kind) {
      case 'simple':
        return this.simple(command);
      case 'if': {
        this.runList(command.cond);
        if (this.status === 0) this.runList(command.then);
        else if (command.otherwise) this.runList(command.otherwise);
        else this.status = 0;
        return;
      }
      case 'for': {
        for (const item of command.items) {
          this.vars[command.name] = this.expand(item);
          try {
            this.runList(command.body);
          } catch (e) {
            if (e instanceof Stop && e.why === 'break') break;
            throw e;
          }
        }
        return;
      }
      case 'while':
        return this.whileLoop(command);
    }
  }

  /**
   * A loop whose condition holds keeps holding (nothing in a script changes it), so it either
   * ends in its first round (exit, break, an endless inner wait) or runs for ever.
   */
  private whileLoop(command: Extract<Command, { kind: 'while' }>): void {
    const start = this.steps.length;
    const clock = this.clock;
    this.runList(command.cond);
    const holds = command.until ? this.status !== 0 : this.status === 0;
    if (!holds) {
      this.status = 0;
      return;
    }
    try {
      this.runList(command.body);
    } catch (e) {
      if (e instanceof Stop && e.why === 'break') return;
      throw e;
    }
    const round = this.steps.slice(start);
    const busy = clock !== null && this.clock === clock;
    this.steps.length = start;
    this.clock = clock;
    if (busy) {
      // A loop that never waits spins: what it writes once, then nothing more (see docs/commands.md).
      this.steps.push(...round);
      this.wait(null, true);
    }
    this.loop = round;
    throw new Stop('loop');
  }

  private simple(command: SimpleCommand): void {
    const words = command.words.map((w) => this.expand(w));
    const assignments: [string, string][] = [];
    while (words[0] !== undefined && /^[A-Za-z_]\w*=/.test(words[0])) {
      const w = words.shift() ?? '';
      assignments.push([w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]);
    }
    if (words.length === 0) {
      for (const [k, v] of assignments) this.vars[k] = v;
      this.status = 0;
      return;
    }
    const [name = '', ...args] = words;
    switch (name) {
      case 'exit': {
        const code = args[0] === undefined ? this.status : Number.parseInt(args[0], 10);
        this.status = Number.isNaN(code) ? 2 : ((code % 256) + 256) % 256;
        this.exited = this.status;
        this.explicitExit = true;
        throw new Stop('exit');
      }
      case 'break':
        throw new Stop('break');
      case ':':
        this.status = 0;
        return;
      case 'cd':
        this.status = 0;
        return;
      case 'export':
        for (const a of args) if (a.includes('=')) this.vars[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
        this.status = 0;
        return;
      case 'trap':
        return this.trap(args);
      case 'wait': {
        const bg = this.background;
        this.background = null;
        if (bg) {
          const elapsed = (this.clock ?? 0) - bg.at;
          this.wait(bg.ms === null ? null : Math.max(0, bg.ms - elapsed), true);
        }
        this.status = 0;
        return;
      }
      case 'exec':
        if (args.length === 0) return;
        this.exec = args;
        this.exited = null;
        throw new Stop('exit');
      case 'sh':
      case 'bash':
        if (args[0] === '-c') {
          const sub = new Shell(this.ctx, shellFlavour(this.ctx, name), { ...this.vars }, {});
          sub.runSource(args[1] ?? '');
          for (const s of sub.steps) {
            if (s.kind === 'print') this.emit([s.line], command.stdout);
            else if (s.kind === 'sleep') this.wait(s.ms, s.interruptible);
            else this.steps.push(s);
          }
          if (sub.loop) {
            this.loop = sub.loop;
            throw new Stop('loop');
          }
          this.status = sub.exited ?? 0;
          return;
        }
        break;
    }
    const outcome = runProgram(words, {
      ...this.ctx,
      env: { ...this.ctx.env, ...Object.fromEntries(assignments) },
    });
    switch (outcome.kind) {
      case 'not-found':
        this.emit([this.message(name, 'not found')]);
        this.status = 127;
        return;
      case 'not-executable':
        this.emit([
          this.message(name, outcome.directory && this.flavour === 'bash' ? 'Is a directory' : 'Permission denied'),
        ]);
        this.status = 126;
        return;
      case 'done':
        this.emit(outcome.lines, command.stdout);
        this.wait(outcome.ms, false);
        this.status = outcome.status;
        return;
      case 'forever':
        this.emit(outcome.lines, command.stdout);
        this.wait(null, false);
        return;
      case 'stdin':
        this.emit(outcome.lines, command.stdout);
        this.steps.push({ kind: 'stdin' });
        this.status = 0;
        return;
    }
  }

  /** `trap ACTION SIGNAL…`: '' ignores, '-' restores the default, anything else runs as a script. */
  private trap(args: readonly string[]): void {
    const [action, ...signals] = args;
    this.status = 0;
    if (action === undefined || signals.length === 0) return;
    let compiled: TrapAction | null = null;
    if (action === '') compiled = { kind: 'ignore' };
    else if (action !== '-') {
      const sub = new Shell(this.ctx, this.flavour, { ...this.vars }, {});
      sub.runSource(action);
      compiled = {
        kind: 'run',
        lines: sub.steps.flatMap((s) => (s.kind === 'print' ? [s.line] : [])),
        exit: sub.explicitExit ? sub.exited : null,
      };
    }
    for (const name of signals) {
      if (name === 'EXIT' || name === '0') {
        this.exitTrap.lines = compiled?.kind === 'run' ? compiled.lines : [];
        continue;
      }
      const parsed = parseSignal(name);
      if (!parsed.ok) {
        this.emit([line('stderr', `sh: trap: ${name}: bad trap\n`)]);
        this.status = 1;
        continue;
      }
      if (compiled) this.traps[parsed.signal] = compiled;
      else delete this.traps[parsed.signal];
    }
  }
}

/** Runs `sh -c SCRIPT` ahead of time (see the file comment). */
export function compileScript(source: string, ctx: ProgramContext, flavour: ShellFlavour): Compiled {
  const vars: Record<string, string> = { HOSTNAME, HOME: '/root', ...ctx.env };
  const shell = new Shell(ctx, flavour, vars, {});
  shell.runSource(source);
  return {
    steps: shell.steps,
    loop: shell.loop,
    exitCode: shell.exited ?? 0,
    traps: shell.traps,
    ...(shell.exec !== undefined ? { exec: shell.exec } : {}),
  };
}
