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
import type { ContainerStatus } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { useHistoryPosition, useShellSnapshot, useSimulator } from '../../sim/SimulatorProvider';
import { browseHistory, sanitizeLine, shownCommand, splitPaste, type HistoryCursor } from './shell';
import { TranscriptView } from './TranscriptView';
import styles from './Terminal.module.css';

export interface TerminalProps {
  /** The containers there are now, with their states, for Tab completion. */
  containers: readonly { name: string; status: ContainerStatus }[];
  /** Only the transcript, no input (an embed that only plays). */
  readOnly?: boolean;
}

export function Terminal({ containers, readOnly = false }: TerminalProps) {
  const { t } = useI18n();
  const api = useSimulator();
  const engine = api?.engine ?? null;
  const shell = api?.shell ?? null;
  const shellInput = api?.input ?? null;
  // Where in the history the transcript stands (a banner when steps after it were undone).
  const history = useHistoryPosition();
  const { entries, holding, queue, continued, clearedBefore } = useShellSnapshot();
  const ids = useId();
  const [line, setLine] = useState('');
  const cursor = useRef<HistoryCursor>({ index: null, draft: '' });
  const input = useRef<HTMLInputElement>(null);
  // The latest values, for completion (called from key handlers).
  const latest = useRef({ engine, containers });
  useLayoutEffect(() => {
    latest.current = { engine, containers };
  });
  /** Esc, then Tab, leaves the terminal (Tab alone completes): the focus is never trapped. */
  const leaving = useRef(false);
  /** Ctrl+P was pressed: a Ctrl+Q next completes docker's detach sequence. */
  const escapeStarted = useRef(false);
  // Where the caret goes once the new line is in the input: set as the line renders, before any
  // next key (a frame later, a key typed meanwhile would land in the wrong place).
  const caretAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAt.current === null) return;
    input.current?.setSelectionRange(caretAt.current, caretAt.current);
    caretAt.current = null;
  }, [line]);
  /** Replaces the line being edited and puts the caret at `caret`. */
  const editTo = (next: string, caret: number) => {
    if (next === line) {
      input.current?.setSelectionRange(caret, caret);
      return;
    }
    caretAt.current = caret;
    setLine(next);
  };

  const completeLine = () => {
    const el = input.current;
    const model = latest.current.engine;
    if (!el || !model) return;
    const at = el.selectionStart ?? line.length;
    const head = line.slice(0, at);
    const tail = line.slice(at);
    const result = model.completeQuoted(head, (l) =>
      model.complete(l, {
        containers: latest.current.containers.map((c) => c.name),
        statuses: Object.fromEntries(latest.current.containers.map((c) => [c.name, c.status])),
        images: model.IMAGE_NAMES,
      }),
    );
    if (result.candidates.length === 0) return;
    if (result.line !== head) {
      editTo(result.line + tail, result.line.length);
      return;
    }
    // No progress: list the candidates under the line, as bash does on a second Tab.
    shellInput?.list(line, `${result.candidates.join('  ')}\n`);
  };

  /** Ctrl+C: to the command holding the prompt; at the prompt, it drops the line being edited. */
  const interrupt = useCallback(() => {
    if (!shell) return;
    const idle = !shell.isHolding();
    shellInput?.interrupt(line);
    if (idle) {
      setLine('');
      cursor.current = { index: null, draft: '' };
    }
  }, [shell, shellInput, line]);

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
      cursor.current = { index: null, draft: '' };
      void shellInput?.submit(text);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const moved = browseHistory(shell?.history() ?? [], cursor.current, line, e.key === 'ArrowUp' ? 'up' : 'down');
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
    } else if (ctrl && e.key.toLowerCase() === 'd') {
      // End of input for the command in the foreground (a shell attached with -i exits), or for
      // a line being continued.
      if (shellInput?.endOfInput(line)) e.preventDefault();
    } else if (ctrl && e.key.toLowerCase() === 'p' && shell?.isHolding()) {
      // The first half of docker's detach sequence (and never the browser's print dialog).
      e.preventDefault();
      escapeStarted.current = true;
      return;
    } else if (ctrl && e.key.toLowerCase() === 'q' && shell?.isHolding() && escapeWasStarted) {
      e.preventDefault();
      shellInput?.detach();
    } else if (ctrl && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      shellInput?.clear();
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
    cursor.current = { index: null, draft: '' };
    // The caret stays where the paste ended, before the text that followed it.
    editTo(keep, keep.length - sanitizeLine(after).length);
    // One after another, in order: each waits for the one before it.
    for (const l of run) void shellInput?.submit(l);
  };

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
            {shownCommand(continued)}
          </div>
        ) : null}
        {queue.map((q, i) => (
          <div key={i} className={styles.queued}>
            {q} <span className={styles.tag}>{t('terminal.queued')}</span>
          </div>
        ))}
        {history.at < history.of ? (
          <p className={styles.behind} data-testid="terminal-history">
            {t('history.behind', { at: history.at, of: history.of })}
          </p>
        ) : null}
      </div>
      {readOnly ? null : (
        <>
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
                holding
                  ? t('terminal.holding')
                  : continued !== null
                    ? t('terminal.continued')
                    : t('terminal.placeholder')
              }
              disabled={!engine}
            />
          </div>
          <p className={styles.keys} id={`${ids}-keys`}>
            {t('terminal.keys')}
          </p>
        </>
      )}
    </section>
  );
}
