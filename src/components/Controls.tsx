/**
 * The eight lifecycle actions for the selected container. Each shows what Docker would do now —
 * asked of the model, never worked out here — and can still be tried to see Docker's real error.
 */
import { useId, useState } from 'react';
import type {
  ActionOptions,
  ContainerVerb,
  ContainerView,
  CreateOptions,
  Fault,
  LiveSimulator,
  Verdict,
} from '../../machines/index';
import { CONTAINER_VERBS } from '../../machines/vocabulary';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { useSimulator } from '../sim/SimulatorProvider';
import styles from './Controls.module.css';

export interface ControlsProps {
  sim: LiveSimulator | null;
  images: readonly string[];
  selected: ContainerView | null;
  /** Runs a clicked docker command line (echoed in the terminal). */
  run: (line: string) => Promise<unknown>;
  /** Injects a fault into a container (echoed in the terminal as a comment). */
  fault: (containerId: string, fault: Fault, comment: string) => void;
}

const SIGNALS = ['', 'SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGKILL'];

type ActionVerb = ContainerVerb;

const GLOSS: Record<ActionVerb | 'create', MessageKey> = {
  create: 'controls.gloss.create',
  start: 'controls.gloss.start',
  pause: 'controls.gloss.pause',
  unpause: 'controls.gloss.unpause',
  stop: 'controls.gloss.stop',
  kill: 'controls.gloss.kill',
  restart: 'controls.gloss.restart',
  rm: 'controls.gloss.rm',
};

function VerdictText({ verdict, id }: { verdict: Verdict | null; id: string }) {
  const { t } = useI18n();
  if (!verdict)
    return (
      <p id={id} className={styles.verdict}>
        {t('controls.verdict.none')}
      </p>
    );
  switch (verdict.kind) {
    case 'accepted':
      return (
        <p id={id} className={`${styles.verdict} ${styles.accepted}`}>
          <span aria-hidden="true">✓ </span>
          {verdict.waits ? t('controls.verdict.acceptedWaits') : t('controls.verdict.accepted')}
        </p>
      );
    case 'no-op':
      return (
        <p id={id} className={`${styles.verdict} ${styles.noop}`}>
          <span aria-hidden="true">↺ </span>
          {t('controls.verdict.noop')}
        </p>
      );
    case 'refused':
      return (
        <p id={id} className={`${styles.verdict} ${styles.refused}`}>
          <span aria-hidden="true">✗ </span>
          {t('controls.verdict.refused')} <code className={styles.error}>{verdict.error}</code>{' '}
          <span className={styles.tryAnyway}>{t('controls.verdict.tryAnyway')}</span>
        </p>
      );
  }
}

export function Controls({ sim, images, selected, run, fault }: ControlsProps) {
  const { t } = useI18n();
  const base = useId();
  const [options, setOptions] = useState<ActionOptions>({ timeout: '', signal: '', force: false });
  const [create, setCreate] = useState<CreateOptions>({
    image: images[0] ?? 'busybox',
    command: 'sleep 300',
    name: '',
    restart: 'no',
    maxRetries: '',
    autoRemove: false,
  });
  const [exitCode, setExitCode] = useState('1');
  const name = selected?.name ?? '';
  const ready = sim !== null;
  // The command lines are the model's (machines/cli/compose.ts), once it has loaded.
  const engine = useSimulator()?.engine ?? null;
  const actionLine = (verb: ActionVerb) => engine?.actionLine(verb, name, options) ?? '';
  const createLine = engine?.createLine(create) ?? '';

  const verdictOf = (verb: ActionVerb): Verdict | null => {
    if (!sim || !selected) return null;
    const timeout = options.timeout.trim() === '' ? undefined : Number(options.timeout);
    return sim.preview(selected.name, {
      verb,
      ...(verb === 'rm' ? { force: options.force } : {}),
      ...(verb === 'kill' && options.signal ? { signal: options.signal } : {}),
      ...((verb === 'stop' || verb === 'restart') && timeout !== undefined && Number.isInteger(timeout)
        ? { timeout }
        : {}),
    });
  };

  const act = (verb: ActionVerb) => {
    if (engine) void run(actionLine(verb));
  };

  const injectFault = (comment: string, injected: Fault) => {
    if (selected) fault(selected.id, injected, comment);
  };

  return (
    <section className={styles.controls} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`} className={styles.heading}>
        {selected ? t('controls.heading', { name }) : t('controls.headingNone')}
      </h2>

      <fieldset className={styles.create} disabled={!ready}>
        <legend>{t('controls.create.legend')}</legend>
        <label>
          {t('controls.create.image')}
          <select value={create.image} onChange={(e) => setCreate({ ...create, image: e.target.value })}>
            {images.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('controls.create.command')}
          <input
            value={create.command}
            spellCheck={false}
            placeholder={t('controls.create.commandPlaceholder')}
            onChange={(e) => setCreate({ ...create, command: e.target.value })}
          />
        </label>
        <label>
          <code>--name</code>
          <input
            value={create.name}
            spellCheck={false}
            onChange={(e) => setCreate({ ...create, name: e.target.value })}
          />
        </label>
        <label>
          <code>--restart</code>
          <select
            value={create.restart}
            onChange={(e) => setCreate({ ...create, restart: e.target.value as CreateOptions['restart'] })}
          >
            {(['no', 'always', 'unless-stopped', 'on-failure'] as const).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        {create.restart === 'on-failure' ? (
          <label>
            {t('controls.create.maxRetries')}
            <input
              inputMode="numeric"
              value={create.maxRetries}
              onChange={(e) => setCreate({ ...create, maxRetries: e.target.value })}
            />
          </label>
        ) : null}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={create.autoRemove}
            onChange={(e) => setCreate({ ...create, autoRemove: e.target.checked })}
          />
          <code>--rm</code>
        </label>
        <button type="button" className={styles.action} onClick={() => void (createLine && run(createLine))}>
          <span className={styles.verb}>create</span> <span className={styles.gloss}>{t(GLOSS.create)}</span>
        </button>
        <p className={styles.echo}>
          <code>{createLine}</code>
        </p>
      </fieldset>

      <fieldset className={styles.options} disabled={!ready}>
        <legend>{t('controls.options.legend')}</legend>
        <label>
          <code>stop/restart -t</code>
          <input
            inputMode="numeric"
            value={options.timeout}
            placeholder="10"
            onChange={(e) => setOptions({ ...options, timeout: e.target.value })}
          />
        </label>
        <label>
          <code>kill -s</code>
          <select value={options.signal} onChange={(e) => setOptions({ ...options, signal: e.target.value })}>
            {SIGNALS.map((s) => (
              <option key={s} value={s}>
                {s || t('controls.options.defaultSignal')}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={options.force}
            onChange={(e) => setOptions({ ...options, force: e.target.checked })}
          />
          <code>rm -f</code>
        </label>
      </fieldset>

      <ul className={styles.actions} aria-label={t('controls.actions.label')}>
        {CONTAINER_VERBS.map((verb) => {
          const verdict = verdictOf(verb);
          const id = `${base}-${verb}`;
          return (
            <li key={verb} className={styles.actionItem} data-verdict={verdict?.kind ?? 'none'}>
              <button
                type="button"
                className={styles.action}
                disabled={!ready}
                aria-describedby={id}
                onClick={() => act(verb)}
              >
                <span className={styles.verb}>{verb}</span> <span className={styles.gloss}>{t(GLOSS[verb])}</span>
              </button>
              <code className={styles.echo}>{actionLine(verb)}</code>
              <VerdictText verdict={verdict} id={id} />
            </li>
          );
        })}
      </ul>

      <fieldset className={styles.faults} disabled={!ready || !selected}>
        <legend>{t('controls.faults.legend')}</legend>
        <div className={styles.faultRow}>
          <label>
            {t('controls.faults.code')}
            <input inputMode="numeric" value={exitCode} onChange={(e) => setExitCode(e.target.value)} />
          </label>
          <button
            type="button"
            onClick={() => {
              const code = Math.max(0, Math.min(255, Number.parseInt(exitCode, 10) || 0));
              injectFault(t('controls.faults.exitLog', { name, code }), { type: 'exit', code });
            }}
          >
            {t('controls.faults.exit')}
          </button>
        </div>
        <button type="button" onClick={() => injectFault(t('controls.faults.oomLog', { name }), { type: 'oom' })}>
          {t('controls.faults.oom')}
        </button>
        <button
          type="button"
          onClick={() => injectFault(t('controls.faults.rmFailsLog', { name }), { type: 'rm-fails' })}
        >
          {t('controls.faults.rmFails')}
        </button>
        <button
          type="button"
          onClick={() => injectFault(t('controls.faults.rmSlowLog', { name }), { type: 'rm-slow', ms: 5000 })}
        >
          {t('controls.faults.rmSlow')}
        </button>
      </fieldset>
    </section>
  );
}
