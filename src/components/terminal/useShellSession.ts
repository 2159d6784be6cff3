/**
 * The shell session behind the terminal: runs lines as bash would (builtins here, docker commands
 * through the engine), holds the prompt while a command waits, queues what is typed meanwhile,
 * keeps `$?`, the history and a line being continued, and passes the keys (Ctrl+C, Ctrl+D, the
 * detach sequence) to the command in the foreground. The terminal component draws it and edits
 * the line.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type * as EngineModule from '../../../machines/index';
import type { Attachment } from '../../../machines/index';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import type { LiveSimulatorState, TranscriptEntry } from '../../sim/useLiveSimulator';
import {
  builtinOf,
  continues,
  expandStatus,
  expandSubstitutions,
  historyListing,
  lastStatus,
  splitList,
} from './shell';

type Engine = typeof EngineModule;

export type ShellLive = Pick<LiveSimulatorState, 'run' | 'shell' | 'annotate' | 'nextSeq' | 'capture'>;

interface Foreground {
  seq: number;
  keys: ReturnType<Engine['createInterruptSource']>;
  presses: number;
  /** How a foreground run or start -a is attached (null for other commands). */
  attachment: Attachment | null;
}

/** After a Ctrl+C, how long a foreground command may take to end before the terminal explains why it did not. */
const HINT_DELAY_MS = 150;

export function useShellSession(
  live: ShellLive,
  engine: Engine | null,
  entries: readonly TranscriptEntry[],
  t: Translate,
) {
  const [clearedBefore, setClearedBefore] = useState(0);
  const [queue, setQueue] = useState<string[]>([]);
  const [foreground, setForeground] = useState<Foreground | null>(null);
  /** Lines entered here, oldest first (only `history` and the keyboard read them, so no state). */
  const history = useRef<string[]>([]);
  // The latest values, for the callbacks that run a queue of lines one after another.
  const latest = useRef({ entries, engine });
  useLayoutEffect(() => {
    latest.current = { entries, engine };
  });
  /** `$?` as this terminal last set it; a command clicked since then (a newer entry) sets it too. */
  const status = useRef({ seq: -1, code: 0 });
  const setStatus = useCallback((seq: number, code: number) => {
    status.current = { seq, code };
  }, []);
  const currentStatus = useCallback(() => {
    const finished = latest.current.entries.filter((e) => e.result && e.seq > status.current.seq);
    return finished.length > 0 ? lastStatus(finished) : status.current.code;
  }, []);
  /** The command that holds the prompt, and the lines waiting for it (state mirrors them for drawing). */
  const running = useRef<Foreground | null>(null);
  const waiting = useRef<string[]>([]);

  const remember = useCallback((text: string) => {
    if (text.trim() === '' || history.current.at(-1) === text) return;
    history.current = [...history.current, text];
  }, []);

  /**
   * Runs one command now: a builtin here, anything else through the engine, holding the prompt
   * while it runs. `shown` is the command as typed (before `$?` and `$(…)` were expanded).
   */
  const executeOne = useCallback(
    async (text: string, shown: string = text): Promise<void> => {
      const { engine: model } = latest.current;
      const builtin = builtinOf(text);
      if (builtin) {
        const seq = live.nextSeq();
        const answer = (stdout = '', stderr = '', exitCode = 0) => {
          live.shell(shown, { stdout, stderr, exitCode });
          setStatus(seq, exitCode);
        };
        switch (builtin.kind) {
          case 'blank':
            // An empty line leaves $? as it was.
            setStatus(seq, currentStatus());
            live.shell(shown, { stdout: '', stderr: '', exitCode: 0 });
            return;
          case 'clear':
            setClearedBefore(seq);
            return;
          case 'history':
            answer(historyListing(history.current));
            return;
          case 'help':
            answer();
            live.annotate(seq, { stream: 'hint', text: t('terminal.help.text') });
            return;
          case 'echo': {
            const words = model?.tokenize(expandStatus(builtin.args, currentStatus()));
            if (!words || words.ok) answer(`${(words?.words ?? []).join(' ')}\n`);
            else answer('', `${words.error}\n`, words.exitCode);
            return;
          }
        }
      }
      if (!model) return;
      const source = model.createInterruptSource();
      const seq = live.nextSeq();
      const fg: Foreground = { seq, keys: source, presses: 0, attachment: null };
      running.current = fg;
      setForeground(fg);
      const onAttach = (a: Attachment) => {
        fg.attachment = a;
        // Attached to the container's own terminal: say at once which keys do what.
        if (a.mode === 'raw') live.annotate(seq, { stream: 'hint', text: t('terminal.hint.raw') });
      };
      try {
        const result = await live.run(text, 'typed', { interrupts: source, onAttach, shown });
        if (result) setStatus(seq, result.exitCode);
      } finally {
        running.current = null;
        setForeground(null);
      }
    },
    [live, t, setStatus, currentStatus],
  );

  /** The line being continued (an open quote, a trailing backslash), with the lines so far. */
  const continuing = useRef<string | null>(null);
  const [continued, setContinued] = useState<string | null>(null);
  const setContinuing = (text: string | null) => {
    continuing.current = text;
    setContinued(text);
  };

  /**
   * Runs a line as bash would: continued on the next line while a quote is open; a list (`;`, `&&`,
   * `||`) one command after another; `$?` and `$(docker …)` expanded first.
   */
  const execute = useCallback(
    async (text: string): Promise<void> => {
      const model = latest.current.engine;
      const full = continuing.current === null ? text : `${continuing.current}\n${text}`;
      if (model && continues(full, model.tokenize)) {
        setContinuing(full);
        return;
      }
      setContinuing(null);
      remember(full);
      const parsed = splitList(full);
      if (parsed.kind === 'unsupported') {
        const seq = live.nextSeq();
        live.shell(full, { stdout: '', stderr: '', exitCode: 2 });
        live.annotate(seq, { stream: 'hint', text: t('terminal.hint.operator', { operator: parsed.operator }) });
        setStatus(seq, 2);
        return;
      }
      for (const item of parsed.items) {
        if (item.op === '&&' && currentStatus() !== 0) continue;
        if (item.op === '||' && currentStatus() === 0) continue;
        const expanded = expandSubstitutions(expandStatus(item.text, currentStatus()), (command) => {
          const r = live.capture(command);
          return r ? r.stdout : null;
        });
        if (!expanded.ok) {
          const seq = live.nextSeq();
          live.shell(item.text, { stdout: '', stderr: '', exitCode: 1 });
          live.annotate(seq, { stream: 'hint', text: t('terminal.hint.substitution', { command: expanded.command }) });
          setStatus(seq, 1);
          continue;
        }
        await executeOne(expanded.text, item.text);
      }
    },
    [executeOne, live, remember, t, setStatus, currentStatus],
  );

  /** Runs the line now, or after the command that holds the prompt, and everything queued after it. */
  const submit = useCallback(
    async (text: string) => {
      if (running.current) {
        waiting.current = [...waiting.current, text];
        setQueue(waiting.current);
        return;
      }
      await execute(text);
      while (waiting.current.length > 0) {
        const [next = '', ...rest] = waiting.current;
        waiting.current = rest;
        setQueue(rest);
        await execute(next);
      }
    },
    [execute],
  );

  const interrupt = useCallback(
    (line: string) => {
      const fg = running.current;
      if (!fg) {
        // At the prompt, Ctrl+C drops the line being edited (and any continued before it), and bash
        // sets $? to 130.
        const dropped = continuing.current === null ? line : `${continuing.current}\n${line}`;
        setContinuing(null);
        setStatus(live.nextSeq(), 130);
        live.shell(`${dropped}^C`, { stdout: '', stderr: '', exitCode: 130 });
        return;
      }
      // Ctrl+C also drops what was typed ahead.
      waiting.current = [];
      setQueue([]);
      fg.presses += 1;
      live.annotate(fg.seq, { stream: 'input', text: '^C\n' });
      fg.keys.interrupt();
      const presses = fg.presses;
      // In raw mode (-it) the CLI never sees Ctrl+C, so it never gives up: the hint at attach says so.
      if (fg.attachment?.mode === 'raw') return;
      // Still running a moment later: the container ignored SIGINT, or it was not passed on. Say why,
      // and how to get out.
      window.setTimeout(() => {
        if (running.current !== fg || fg.presses !== presses || presses >= 3) return;
        const left = 3 - presses;
        const key: MessageKey =
          fg.attachment?.mode === 'no-proxy'
            ? left === 1
              ? 'terminal.hint.noProxy.one'
              : 'terminal.hint.noProxy.two'
            : left === 1
              ? 'terminal.hint.sigint.one'
              : 'terminal.hint.sigint.two';
        live.annotate(fg.seq, { stream: 'hint', text: t(key) });
      }, HINT_DELAY_MS);
    },
    [live, t, setStatus],
  );

  /** Ctrl+D: the end of input for the command in the foreground, or for a line being continued. */
  const endOfInput = useCallback(
    (line: string): boolean => {
      if (running.current) {
        running.current.keys.endOfInput();
        return true;
      }
      if (continuing.current === null || line !== '') return false;
      // Inside an open quote, bash gives up on the line with its EOF error.
      const full = continuing.current;
      setContinuing(null);
      remember(full);
      void executeOne(full);
      return true;
    },
    [executeOne, remember],
  );

  /** Ctrl+P Ctrl+Q: docker's detach sequence, for the command in the foreground. */
  const detach = useCallback(() => running.current?.keys.detach(), []);

  /** A line the terminal answers with a listing (Tab's candidates), leaving `$?` as it was. */
  const list = useCallback(
    (line: string, stdout: string) => {
      setStatus(live.nextSeq(), currentStatus());
      live.shell(line, { stdout, stderr: '', exitCode: 0 });
    },
    [live, setStatus, currentStatus],
  );

  /** True while a command holds the prompt (read in key handlers, without waiting for a render). */
  const isHolding = useCallback(() => running.current !== null, []);
  const clear = useCallback(() => setClearedBefore(live.nextSeq()), [live]);

  return {
    /** A command holds the prompt. */
    holding: foreground !== null,
    isHolding,
    queue,
    continued,
    clearedBefore,
    history,
    submit,
    interrupt,
    endOfInput,
    detach,
    list,
    clear,
  };
}
