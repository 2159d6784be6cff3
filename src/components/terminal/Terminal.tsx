/**
 * A docker terminal that shares one session with the buttons: typed lines run through the same
 * engine, and every click shows here as the command it stands for, in order with the typed ones
 * (simulator-contract.md §3: `terminal-input`, `terminal-output`, Enter runs the line).
 *
 * A command that waits holds the prompt (a stop's grace period, a foreground run, `docker events`);
 * Ctrl+C goes to it as docker's signal proxy would take it; lines typed or pasted meanwhile run
 * after it, in order.
 */
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import type * as EngineModule from '../../../machines/index';
import type { Attachment, ContainerStatus } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import type { LiveSimulatorState, TranscriptEntry } from '../../sim/useLiveSimulator';
import {
  browseHistory,
  builtinOf,
  completeQuoted,
  continues,
  expandStatus,
  expandSubstitutions,
  historyListing,
  lastStatus,
  sanitizeLine,
  splitList,
  splitPaste,
  visible,
  type HistoryCursor,
} from './shell';
import { TranscriptView } from './TranscriptView';
import styles from './Terminal.module.css';

type Engine = typeof EngineModule;

export interface TerminalProps {
  entries: readonly TranscriptEntry[];
  live: Pick<LiveSimulatorState, 'run' | 'shell' | 'annotate' | 'nextSeq' | 'capture'>;
  /** The loaded model (completion, Ctrl+C sources, word splitting), null until it has arrived. */
  engine: Engine | null;
  /** The containers there are now, with their states, for Tab completion. */
  containers: readonly { name: string; status: ContainerStatus }[];
}

interface Foreground {
  seq: number;
  keys: ReturnType<Engine['createInterruptSource']>;
  presses: number;
  /** How a foreground run or start -a is attached (null for other commands). */
  attachment: Attachment | null;
}

/** After a Ctrl+C, how long a foreground command may take to end before the terminal explains why it did not. */
const HINT_DELAY_MS = 150;

export function Terminal({ entries, live, engine, containers }: TerminalProps) {
  const { t } = useI18n();
  const ids = useId();
  const [line, setLine] = useState('');
  /** Lines entered here, oldest first (only the keyboard reads them, so no state). */
  const history = useRef<string[]>([]);
  const cursor = useRef<HistoryCursor>({ index: null, draft: '' });
  const [clearedBefore, setClearedBefore] = useState(0);
  const [queue, setQueue] = useState<string[]>([]);
  const [foreground, setForeground] = useState<Foreground | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The latest values, for the callbacks that run a queue of lines one after another.
  const latest = useRef({ entries, engine, containers });
  useLayoutEffect(() => {
    latest.current = { entries, engine, containers };
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
  /** Esc, then Tab, leaves the terminal (Tab alone completes): the focus is never trapped. */
  const leaving = useRef(false);
  /** Ctrl+P was pressed: a Ctrl+Q next completes docker's detach sequence. */
  const escapeStarted = useRef(false);

  const remember = useCallback((text: string) => {
    cursor.current = { index: null, draft: '' };
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

  const interrupt = useCallback(() => {
    const fg = running.current;
    if (!fg) {
      // At the prompt, Ctrl+C drops the line being edited (and any continued before it), and bash
      // sets $? to 130.
      const dropped = continuing.current === null ? line : `${continuing.current}\n${line}`;
      setContinuing(null);
      setStatus(live.nextSeq(), 130);
      live.shell(`${dropped}^C`, { stdout: '', stderr: '', exitCode: 130 });
      setLine('');
      cursor.current = { index: null, draft: '' };
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
  }, [line, live, t, setStatus]);

  const completeLine = useCallback(() => {
    const el = input.current;
    const model = latest.current.engine;
    if (!el || !model) return;
    const at = el.selectionStart ?? line.length;
    const head = line.slice(0, at);
    const tail = line.slice(at);
    const result = completeQuoted(head, (l) =>
      model.complete(l, {
        containers: latest.current.containers.map((c) => c.name),
        statuses: Object.fromEntries(latest.current.containers.map((c) => [c.name, c.status])),
        images: model.IMAGE_NAMES,
      }),
    );
    if (result.candidates.length === 0) return;
    if (result.line !== head) {
      setLine(result.line + tail);
      const caret = result.line.length;
      requestAnimationFrame(() => el.setSelectionRange(caret, caret));
      return;
    }
    // No progress: list the candidates under the line, as bash does on a second Tab.
    // Listing candidates leaves $? as it was.
    setStatus(live.nextSeq(), currentStatus());
    live.shell(line, { stdout: `${result.candidates.join('  ')}\n`, stderr: '', exitCode: 0 });
  }, [line, live, currentStatus, setStatus]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const ctrl = e.ctrlKey && !e.altKey && !e.metaKey;
    const escapeWasStarted = escapeStarted.current;
    // The detach sequence is Ctrl+P then Ctrl+Q, with nothing between.
    if (e.key !== 'Control') escapeStarted.current = false;
    if (e.key === 'Escape') {
      leaving.current = true;
      return;
    }
    if (e.key === 'Tab') {
      const wasLeaving = leaving.current;
      leaving.current = false;
      // Shift+Tab, an empty line, and Esc-then-Tab move the focus on, as everywhere else.
      if (e.shiftKey || wasLeaving || line.trim() === '') return;
      e.preventDefault();
      completeLine();
      return;
    }
    leaving.current = false;
    if (e.key === 'Enter') {
      e.preventDefault();
      const text = line;
      setLine('');
      void submit(text);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const moved = browseHistory(history.current, cursor.current, line, e.key === 'ArrowUp' ? 'up' : 'down');
      e.preventDefault();
      if (!moved) return;
      cursor.current = moved.cursor;
      setLine(moved.line);
    } else if (ctrl && e.key.toLowerCase() === 'c') {
      const el = e.currentTarget;
      // With text selected, Ctrl+C copies it, as in any terminal app.
      if (el.selectionStart !== el.selectionEnd) return;
      e.preventDefault();
      interrupt();
    } else if (ctrl && e.key.toLowerCase() === 'd' && running.current) {
      // End of input for the command in the foreground (a shell attached with -i exits).
      e.preventDefault();
      running.current.keys.endOfInput();
    } else if (ctrl && e.key.toLowerCase() === 'd' && continuing.current !== null && line === '') {
      // End of input inside an open quote: bash gives up on the line, with its EOF error.
      e.preventDefault();
      const full = continuing.current;
      setContinuing(null);
      remember(full);
      void executeOne(full);
    } else if (ctrl && e.key.toLowerCase() === 'p' && running.current) {
      // The first half of docker's detach sequence (and never the browser's print dialog).
      e.preventDefault();
      escapeStarted.current = true;
      return;
    } else if (ctrl && e.key.toLowerCase() === 'q' && running.current && escapeWasStarted) {
      e.preventDefault();
      running.current.keys.detach();
    } else if (ctrl && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      setClearedBefore(live.nextSeq());
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text');
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const start = el.selectionStart ?? line.length;
    const end = el.selectionEnd ?? start;
    const after = line.slice(end);
    const { run, keep } = splitPaste(line.slice(0, start), text, after);
    setLine(keep);
    // The caret stays where the paste ended, before the text that followed it.
    const caret = keep.length - sanitizeLine(after).length;
    requestAnimationFrame(() => el.setSelectionRange(caret, caret));
    // One after another, in order: each waits for the one before it.
    for (const l of run) void submit(l);
  };

  const holding = foreground !== null;
  // While a typed command holds the prompt, Ctrl+C reaches it from anywhere in this simulator (after
  // a click on a button, the focus is there), unless text is selected or a field is being edited.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!holding) return undefined;
    const root = section.current?.closest('[data-simulator]') ?? null;
    if (!root) return undefined;
    const onKey = (e: Event) => {
      if (!(e instanceof KeyboardEvent) || !e.ctrlKey || e.altKey || e.metaKey || e.key.toLowerCase() !== 'c') return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target === input.current) return;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (window.getSelection()?.isCollapsed === false) return;
      e.preventDefault();
      input.current?.focus();
      interrupt();
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [holding, interrupt]);

  // Keep the newest output in view, inside the terminal's own box (never scroll the page).
  const output = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = output.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries, queue, clearedBefore]);

  const shown = entries.filter((e) => e.seq >= clearedBefore);

  return (
    <section ref={section} className={styles.terminal} aria-labelledby={`${ids}-heading`}>
      <h2 className={styles.heading} id={`${ids}-heading`}>
        {t('terminal.heading')}
      </h2>
      <div
        ref={output}
        className={styles.screen}
        data-testid="terminal-output"
        role="log"
        aria-label={t('terminal.output')}
        tabIndex={0}
      >
        {shown.length === 0 && queue.length === 0 ? <p className={styles.empty}>{t('terminal.empty')}</p> : null}
        <TranscriptView entries={shown} />
        {continued !== null ? (
          <div className={styles.command}>
            <span className={styles.prompt} aria-hidden="true">
              ${' '}
            </span>
            {visible(continued).split('\n').join('\n> ')}
          </div>
        ) : null}
        {queue.map((q, i) => (
          <div key={i} className={styles.queued}>
            {q} <span className={styles.tag}>{t('terminal.queued')}</span>
          </div>
        ))}
      </div>
      <div className={styles.inputRow}>
        <span className={styles.prompt} aria-hidden="true">
          {holding ? '' : continued !== null ? '>' : '$'}
        </span>
        <input
          ref={input}
          className={styles.field}
          data-testid="terminal-input"
          type="text"
          value={line}
          onChange={(e) => {
            setLine(sanitizeLine(e.target.value));
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          aria-label={t('terminal.input')}
          aria-describedby={`${ids}-keys`}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder={
            holding ? t('terminal.holding') : continued !== null ? t('terminal.continued') : t('terminal.placeholder')
          }
          disabled={!engine}
        />
      </div>
      <p className={styles.keys} id={`${ids}-keys`}>
        {t('terminal.keys')}
      </p>
    </section>
  );
}
