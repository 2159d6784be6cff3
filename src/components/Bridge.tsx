/**
 * The bridge to a real engine: this run as a shell script to play on real Docker, and a real
 * `docker events` log to replay on the diagram (from a file or pasted). Reading a log and writing
 * a script are the model's (machines/replay, machines/export); this only moves text in and out.
 * Nothing from a log is ever rendered as markup: it reaches the page as text nodes only.
 */
import { useId, useState } from 'react';
import type { Replay } from '../../machines/index';
import { useI18n } from '../i18n/i18n';
import { useSimulator } from '../sim/SimulatorProvider';
import controls from './Controls.module.css';
import styles from './Bridge.module.css';

/** A log larger than this is refused with a message (a day of a busy engine's events is ~10 MB). */
export const MAX_LOG_BYTES = 64 * 1024 * 1024;

export interface LoadedReplay {
  replay: Replay;
  /** The file's name, or "pasted". */
  source: string;
  /** How long reading the log took, in ms (shown, so a teacher knows a big log is fine). */
  readMs: number;
  bytes: number;
}

export interface BridgeProps {
  /** A log was read: replay it. */
  onReplay: (loaded: LoadedReplay) => void;
}

function save(text: string, name: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  return url;
}

export function Bridge({ onReplay }: BridgeProps) {
  const { t } = useI18n();
  const api = useSimulator();
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [status, setStatus] = useState<{ kind: 'busy' | 'error'; text: string } | null>(null);
  const [href, setHref] = useState<string | null>(null);

  const read = (text: string, source: string, bytes: number) => {
    if (!api) return;
    setStatus({ kind: 'busy', text: t('bridge.reading', { source }) });
    // Let the page paint "Reading…" before the work starts.
    setTimeout(() => {
      const t0 = performance.now();
      const replay = api.engine.createReplay(text);
      const readMs = Math.round(performance.now() - t0);
      if (replay.summary.events === 0) {
        setStatus({
          kind: 'error',
          text: t('bridge.noEvents', { source, lines: replay.summary.unreadable.length }),
        });
        return;
      }
      setStatus(null);
      onReplay({ replay, source, readMs, bytes });
    }, 16);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_LOG_BYTES) {
      setStatus({ kind: 'error', text: t('bridge.tooLarge', { source: file.name, mb: Math.round(file.size / 1e6) }) });
      return;
    }
    try {
      read(await file.text(), file.name, file.size);
    } catch {
      setStatus({ kind: 'error', text: t('bridge.unreadableFile', { source: file.name }) });
    }
  };

  const exportScript = () => {
    if (!api) return;
    const script = api.engine.exportRun(api.sim.runLog(), { title: t('bridge.scriptTitle') });
    const url = save(script, 'docker-lifecycle-run.sh', 'text/x-shellscript');
    if (href) URL.revokeObjectURL(href);
    setHref(url);
  };

  return (
    <section className={controls.controls} aria-labelledby={`${id}-h`}>
      <details className={styles.bridge} open>
        <summary id={`${id}-h`}>{t('bridge.heading')}</summary>
        <p className={styles.hint}>{t('bridge.exportHint')}</p>
        <button
          type="button"
          data-testid="export-script"
          data-href={href ?? undefined}
          disabled={!api}
          onClick={exportScript}
        >
          {t('bridge.export')}
        </button>
        <p className={styles.hint}>{t('bridge.importHint')}</p>
        <label className={styles.field}>
          {t('bridge.importFile')}
          <input
            type="file"
            data-testid="import-events"
            accept=".json,.jsonl,.log,.txt,text/plain,application/json"
            disabled={!api}
            onChange={(e) => {
              void onFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <label className={styles.field}>
          {t('bridge.paste')}
          <textarea
            value={pasted}
            rows={3}
            spellCheck={false}
            data-testid="import-events-paste"
            onChange={(e) => setPasted(e.target.value)}
          />
        </label>
        <button
          type="button"
          disabled={!api || pasted.trim() === ''}
          onClick={() => read(pasted, t('bridge.pasted'), new Blob([pasted]).size)}
        >
          {t('bridge.replayPasted')}
        </button>
        {status ? (
          <p role={status.kind === 'error' ? 'alert' : 'status'} className={styles.status} data-kind={status.kind}>
            {status.text}
          </p>
        ) : null}
      </details>
    </section>
  );
}
