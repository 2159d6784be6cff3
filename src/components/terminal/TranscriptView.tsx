/**
 * The terminal's scrollback: each command line, then what it printed in the order it came.
 * Everything is text, never markup: a name like `<img onerror=…>` is shown, not run.
 */
import { memo } from 'react';
import type { Hint, OutputChunk, TranscriptEntry } from '../../../machines/index';
import { useI18n, type Translate } from '../../i18n/i18n';
import { shownCommand, visible } from './shell';
import styles from './Terminal.module.css';

/** A terminal keeps a bounded scrollback: the newest entries, and the newest chunks of a long output. */
export const SCROLLBACK_ENTRIES = 500;
const SCROLLBACK_CHUNKS = 200;

/** What the shell says in its own words, in the learner's language (never docker's output). */
export function hintText(t: Translate, hint: Hint): string {
  switch (hint.id) {
    case 'operator':
      return t('terminal.hint.operator', { operator: hint.operator });
    case 'substitution':
      return t('terminal.hint.substitution', { command: hint.command });
    case 'raw':
      return t('terminal.hint.raw');
    case 'sigint':
      return t(hint.left === 1 ? 'terminal.hint.sigint.one' : 'terminal.hint.sigint.two');
    case 'no-proxy':
      return t(hint.left === 1 ? 'terminal.hint.noProxy.one' : 'terminal.hint.noProxy.two');
    case 'help':
      return t('terminal.help.text');
  }
}

/** One piece of output; an unchanged chunk keeps its object, so it is not drawn again. */
const Chunk = memo(function Chunk({ chunk }: { chunk: OutputChunk }) {
  const { t } = useI18n();
  const text = chunk.stream === 'hint' ? hintText(t, chunk.hint) : chunk.text;
  return (
    <span className={styles[chunk.stream]} data-stream={chunk.stream}>
      {/* Each chunk is its own block: its closing newline is the block's end. */}
      {visible(text.replace(/\n$/, ''))}
    </span>
  );
});

const Entry = memo(function Entry({ entry }: { entry: TranscriptEntry }) {
  const { t } = useI18n();
  const comment = entry.source === 'fault';
  return (
    <div className={styles.entry} data-source={entry.source} data-seq={entry.seq}>
      <div className={comment ? `${styles.command} ${styles.comment}` : styles.command}>
        {comment ? null : (
          <span className={styles.prompt} aria-hidden="true">
            ${' '}
          </span>
        )}
        <span className={styles.line}>{shownCommand(entry.line)}</span>
        {entry.source === 'click' ? <span className={styles.tag}>{t('terminal.clicked')}</span> : null}
      </div>
      {entry.output.length > SCROLLBACK_CHUNKS ? (
        <span className={styles.hint}>{t('terminal.scrolledOut')}</span>
      ) : null}
      {entry.output.slice(-SCROLLBACK_CHUNKS).map((chunk, i, shown) => (
        <Chunk key={entry.output.length - shown.length + i} chunk={chunk} />
      ))}
      {entry.result && entry.result.exitCode !== 0 && !entry.line.endsWith('^C') ? (
        <span className={styles.exit}>{t('terminal.exit', { code: entry.result.exitCode })}</span>
      ) : null}
      {!entry.result && entry.source !== 'fault' && entry.source !== 'typed' ? (
        <span className={styles.running}>{t('terminal.running')}</span>
      ) : null}
    </div>
  );
});

export function TranscriptView({ entries }: { entries: readonly TranscriptEntry[] }) {
  const { t } = useI18n();
  return (
    <>
      {entries.length > SCROLLBACK_ENTRIES ? <p className={styles.hint}>{t('terminal.scrolledOut')}</p> : null}
      {entries.slice(-SCROLLBACK_ENTRIES).map((e) => (
        <Entry key={e.seq} entry={e} />
      ))}
    </>
  );
}
