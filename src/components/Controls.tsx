/**
 * The controls, in two parts. `ActionBar`: the eight lifecycle commands for the selected container,
 * right under the diagram, each a card of fixed height that says what Docker would do now, asked
 * of the model, never worked out here (the card of the command just used says what it did).
 * `ControlOptions`: the new container's settings, the options the commands take, and the faults.
 */
import { useId, useState } from 'react';
import type {
  ActionOptions,
  CommandReport,
  ContainerVerb,
  ContainerView,
  CreateOptions,
  DaemonErrorId,
  Fault,
  LiveSimulator,
  Verdict,
} from '../../machines/index';
import { CONTAINER_VERBS } from '../../machines/vocabulary';
import { useI18n, type Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { useEngine } from '../sim/engine';
import styles from './Controls.module.css';

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

const SIGNALS = ['', 'SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGKILL'];

/** The settings the two parts share: the new container's and the commands' options. */
export interface ControlSettings {
  create: CreateOptions;
  setCreate: (c: CreateOptions) => void;
  options: ActionOptions;
  setOptions: (o: ActionOptions) => void;
}

export function useControlSettings(images: readonly string[]): ControlSettings {
  const [create, setCreate] = useState<CreateOptions>({
    image: images[0] ?? 'busybox',
    command: 'sleep 300',
    name: '',
    restart: 'no',
    maxRetries: '',
    autoRemove: false,
  });
  const [options, setOptions] = useState<ActionOptions>({ timeout: '', signal: '', force: false });
  return { create, setCreate, options, setOptions };
}

/** Why Docker refuses, in a line of the learner's language (Docker's own error stays as it is). */
export function refusalReason(t: Translate, reason: DaemonErrorId | undefined, name: string): string {
  return reason ? t(`refusal.${reason}` as MessageKey, { name }) : '';
}

/** What the last click of one verb did, for its card. */
export interface LastOutcome {
  verb: ActionVerb | 'create';
  report: CommandReport;
  /** The container it was about, so another selection clears it. */
  containerId: string | null;
}

const SHORT = {
  accepted: 'controls.verdict.acceptedShort',
  'no-op': 'controls.verdict.noopShort',
  refused: 'controls.verdict.refusedShort',
} as const satisfies Record<Verdict['kind'], MessageKey>;

function Verdict({
  id,
  verdict,
  last,
  name,
  state,
  predicting = false,
}: {
  id: string;
  verdict: Verdict | null;
  last: LastOutcome | null;
  name: string;
  /** The selected container's state now (after the last command). */
  state: string | null;
  /** Predict mode: say nothing about what Docker would do. */
  predicting?: boolean;
}) {
  const { t } = useI18n();
  // The command just used says what it did (not, at once, what Docker would do next).
  if (last) {
    const target = last.report.targets[0];
    const refused = target && (target.outcome === 'refused' || target.outcome === 'missing');
    const kind = refused ? 'refused' : target?.outcome === 'no-op' ? 'no-op' : 'done';
    const text =
      kind === 'refused'
        ? refusalReason(t, target?.reason, name) || t('controls.verdict.refusedShort')
        : kind === 'no-op'
          ? t('controls.verdict.noopShort')
          : state
            ? t('controls.verdict.doneNow', { name, state })
            : t('controls.verdict.done');
    // Then what Docker would do with the same click now.
    const again = verdict ? t('controls.verdict.again', { verdict: t(SHORT[verdict.kind]) }) : '';
    return (
      <span id={id} className={styles.verdict} data-kind={kind} data-last="true" title={target?.error ?? text}>
        <span aria-hidden="true">{kind === 'refused' ? '✗ ' : kind === 'no-op' ? '↺ ' : '✓ '}</span>
        {text}
        {again ? <span className={styles.again}> {again}</span> : null}
      </span>
    );
  }
  if (!verdict)
    return (
      <span id={id} className={styles.verdict} data-kind="none">
        {predicting ? t('controls.verdict.predictShort') : t('controls.verdict.noneShort')}
      </span>
    );
  switch (verdict.kind) {
    case 'accepted':
      return (
        <span id={id} className={styles.verdict} data-kind="accepted">
          <span aria-hidden="true">✓ </span>
          {verdict.waits ? t('controls.verdict.acceptedWaitsShort') : t('controls.verdict.acceptedShort')}
        </span>
      );
    case 'no-op':
      return (
        <span id={id} className={styles.verdict} data-kind="no-op">
          <span aria-hidden="true">↺ </span>
          {t('controls.verdict.noopShort')}
        </span>
      );
    case 'refused': {
      const reason = refusalReason(t, verdict.reason, name) || t('controls.verdict.refusedShort');
      return (
        <span id={id} className={styles.verdict} data-kind="refused" title={verdict.error}>
          <span aria-hidden="true">✗ </span>
          {reason}
          {/* Docker's exact error, for screen readers and on hover (it names the container's ID). */}
          <span className={styles.hidden}>
            {' '}
            {t('controls.verdict.refused')} {verdict.error} {t('controls.verdict.tryAnyway')}
          </span>
        </span>
      );
    }
  }
}

export interface ActionBarProps {
  sim: LiveSimulator | null;
  selected: ContainerView | null;
  settings: ControlSettings;
  /** Runs a clicked docker command line (echoed in the terminal); resolves with what it did. */
  run: (line: string) => Promise<CommandReport | null>;
  /**
   * Predict mode: a click asks first. Returns true when it took the click (the page then runs
   * the line itself); the cards then say nothing of what Docker would do.
   */
  intercept?: ((verb: ActionVerb | 'create', line: string) => boolean) | null;
}

export function ActionBar({ sim, selected, settings, run, intercept }: ActionBarProps) {
  const { t } = useI18n();
  const base = useId();
  const engine = useEngine(); // the module, so the pre-rendered first view has the lines too
  const [last, setLast] = useState<LastOutcome | null>(null);
  const name = selected?.name ?? '';
  const ready = sim !== null && engine !== null;
  const { options } = settings;
  const actionLine = (verb: ActionVerb) => engine?.actionLine(verb, name, options) ?? '';
  const createLine = engine?.createLine(settings.create) ?? '';
  const lastFor = (verb: ActionVerb | 'create') =>
    last && last.verb === verb && (verb === 'create' || last.containerId === (selected?.id ?? null)) ? last : null;

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

  const act = async (verb: ActionVerb | 'create', line: string) => {
    if (!ready || !line) return;
    if (intercept?.(verb, line)) return;
    const containerId = selected?.id ?? null;
    const report = await run(line);
    if (report) setLast({ verb, report, containerId });
  };

  return (
    <section className={styles.bar} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`} className={styles.barHeading}>
        {selected ? t('controls.heading', { name }) : t('controls.headingNone')}
      </h2>
      <ul className={styles.actions} aria-label={t('controls.actions.label')}>
        <li className={styles.card} data-verdict={lastFor('create') ? 'last' : 'create'}>
          <button
            type="button"
            className={styles.action}
            disabled={!ready}
            aria-label="create"
            aria-describedby={`${base}-create-gloss ${base}-create`}
            onClick={() => void act('create', createLine)}
          >
            <span className={styles.verb}>create</span>{' '}
            <span id={`${base}-create-gloss`} className={styles.gloss}>
              {t(GLOSS.create)}
            </span>
          </button>
          {lastFor('create') ? (
            <Verdict
              id={`${base}-create`}
              verdict={null}
              last={lastFor('create')}
              name={name}
              state={selected?.status ?? null}
            />
          ) : (
            <code id={`${base}-create`} className={styles.echo} title={createLine}>
              {createLine}
            </code>
          )}
        </li>
        {CONTAINER_VERBS.map((verb) => {
          // Predicting: no verdict gives the answer away.
          const verdict = intercept ? null : verdictOf(verb);
          const id = `${base}-${verb}`;
          const line = actionLine(verb);
          return (
            <li key={verb} className={styles.card} data-verdict={verdict?.kind ?? 'none'}>
              <button
                type="button"
                className={styles.action}
                disabled={!ready}
                // Named by the verb alone (a gloss such as "stop + start" would name two); the gloss
                // and the outcome are its description.
                aria-label={verb}
                aria-describedby={`${id}-gloss ${id}`}
                title={line}
                onClick={() => void act(verb, line)}
              >
                <span className={styles.verb}>{verb}</span>{' '}
                <span id={`${id}-gloss`} className={styles.gloss}>
                  {t(GLOSS[verb])}
                </span>
              </button>
              <Verdict
                id={id}
                verdict={verdict}
                last={lastFor(verb)}
                name={name}
                state={selected?.status ?? null}
                predicting={Boolean(intercept)}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The container has a healthcheck (its own `--health-cmd` or its image's HEALTHCHECK, not
 * `--no-healthcheck`), as inspect shows it: the health faults are offered only then.
 */
function hasHealthcheck(c: ContainerView | null): boolean {
  const test = c?.inspect.Config.Healthcheck?.Test;
  return Boolean(test && test.length > 0 && test[0] !== 'NONE');
}

export interface ControlOptionsProps {
  images: readonly string[];
  selected: ContainerView | null;
  settings: ControlSettings;
  ready: boolean;
  /** Injects a fault into a container (echoed in the terminal as a comment). */
  fault: (containerId: string, fault: Fault, comment: string) => void;
}

export function ControlOptions({ images, selected, settings, ready, fault }: ControlOptionsProps) {
  const { t } = useI18n();
  const { create, setCreate, options, setOptions } = settings;
  const [exitCode, setExitCode] = useState('1');
  const name = selected?.name ?? '';
  const engine = useEngine(); // the module, so the pre-rendered first view has the lines too

  const injectFault = (comment: string, injected: Fault) => {
    if (selected) fault(selected.id, injected, comment);
  };

  return (
    <section className={styles.controls} aria-label={t('controls.more')}>
      <details className={styles.group} open>
        <summary>{t('controls.create.legend')}</summary>
        <fieldset className={styles.create} disabled={!ready}>
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
          <p className={styles.echoLine}>
            <code>{engine?.createLine(create) ?? ''}</code>
          </p>
        </fieldset>
      </details>

      <details className={styles.group} open>
        <summary>{t('controls.options.legend')}</summary>
        <fieldset className={styles.options} disabled={!ready}>
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
      </details>

      <details className={styles.group} open>
        <summary>{t('controls.faults.legend')}</summary>
        <fieldset className={styles.faults} disabled={!ready || !selected}>
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
          {hasHealthcheck(selected) ? (
            <>
              <button
                type="button"
                data-fault="health-fails"
                onClick={() => injectFault(t('controls.faults.healthFailsLog', { name }), { type: 'health-fails' })}
              >
                {t('controls.faults.healthFails')}
              </button>
              <button
                type="button"
                data-fault="health-recovers"
                onClick={() =>
                  injectFault(t('controls.faults.healthRecoversLog', { name }), { type: 'health-recovers' })
                }
              >
                {t('controls.faults.healthRecovers')}
              </button>
            </>
          ) : null}
        </fieldset>
      </details>
    </section>
  );
}
