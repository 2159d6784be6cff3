/**
 * The selected container's `.State` as `docker inspect` reports it, indented with 4 spaces as
 * `docker inspect` indents its JSON, in Docker's key order; then the fields that decide what
 * happens after an exit: `.RestartCount`, `.HostConfig.RestartPolicy`, `.HostConfig.AutoRemove`.
 */
import type { SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { goJson } from './goJson';
import { Panel } from './Panel';
import styles from './InspectPanel.module.css';

export interface InspectPanelProps {
  view: SimulatorView;
  selectedId: string | null;
}

/** The `docker inspect --format` command whose output the panel shows. */
export function inspectCommand(name: string): string {
  return `docker inspect --format '{{json .State}}' ${name}`;
}

export function InspectPanel({ view, selectedId }: InspectPanelProps) {
  const { t } = useI18n();
  const c = view.containers.find((x) => x.id === selectedId);
  if (!c) {
    return (
      <Panel title={t('panel.inspect')}>
        <p className={styles.hint}>{t('panel.inspect.none')}</p>
      </Panel>
    );
  }
  const { State, RestartCount, HostConfig } = c.inspect;
  // What `{{json …}}` (or `{{…}}` for a number or a boolean) prints for each path.
  const fields: Array<readonly [string, string]> = [
    ['.RestartCount', goJson(RestartCount)],
    ['.HostConfig.RestartPolicy', goJson(HostConfig.RestartPolicy)],
    ['.HostConfig.AutoRemove', goJson(HostConfig.AutoRemove)],
  ];
  return (
    <Panel title={t('panel.inspect')} command={inspectCommand(c.name)}>
      <pre className={styles.json} tabIndex={0} aria-label={inspectCommand(c.name)} data-testid="inspect-state">
        {goJson(State, 4)}
      </pre>
      <p className={styles.hint}>{t('panel.inspect.indented')}</p>
      <dl className={styles.fields}>
        {fields.map(([path, value]) => (
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
