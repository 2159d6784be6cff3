/**
 * The selected container's `.State` as `docker inspect --format '{{json .State}}'` prints it,
 * indented with 4 spaces as `docker inspect` indents its JSON; then the fields that decide what
 * happens after an exit: `.RestartCount`, `.HostConfig.RestartPolicy`, `.HostConfig.AutoRemove`.
 * Every value is what the simulated CLI prints for it.
 */
import { useMemo } from 'react';
import type { ContainerView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { useSimulator } from '../../sim/SimulatorProvider';
import { Panel } from './Panel';
import styles from './InspectPanel.module.css';

export interface InspectPanelProps {
  /** The selected container, or null. */
  container: ContainerView | null;
}

/** The `docker inspect --format` command whose output the panel shows. */
export function inspectCommand(name: string): string {
  return `docker inspect --format '{{json .State}}' ${name}`;
}

const FIELDS = ['.RestartCount', '.HostConfig.RestartPolicy', '.HostConfig.AutoRemove'] as const;

export function InspectPanel({ container }: InspectPanelProps) {
  const { t } = useI18n();
  const api = useSimulator();
  const printed = useMemo(() => {
    if (!api || !container) return null;
    const ask = (path: string) =>
      (api.sim.query(`docker inspect --format '{{json ${path}}}' ${container.id}`)?.stdout ?? '').trimEnd();
    return {
      state: api.engine.goJsonIndent(ask('.State'), '', '    '),
      fields: FIELDS.map((path) => [path, ask(path)] as const),
    };
  }, [api, container]);
  if (!container || !printed) {
    return (
      <Panel title={t('panel.inspect')}>
        <p className={styles.hint}>{t('panel.inspect.none')}</p>
      </Panel>
    );
  }
  return (
    <Panel title={t('panel.inspect')} command={inspectCommand(container.name)}>
      <pre className={styles.json} tabIndex={0} aria-label={inspectCommand(container.name)} data-testid="inspect-state">
        {printed.state}
      </pre>
      <p className={styles.hint}>{t('panel.inspect.indented')}</p>
      <dl className={styles.fields}>
        {printed.fields.map(([path, value]) => (
          <div key={path} className={styles.field}>
            <dt>
              <code>{path}</code>
            </dt>
            <dd>
              <code data-path={path}>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
