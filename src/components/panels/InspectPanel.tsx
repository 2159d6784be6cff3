/** The selected container's `.State`, as `docker inspect` prints it (4-space JSON, Docker's key order). */
import type { SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { Panel } from './Panel';
import styles from './panels.module.css';

export function InspectPanel({ view, selectedId }: { view: SimulatorView; selectedId: string | null }) {
  const { t } = useI18n();
  const c = view.containers.find((x) => x.id === selectedId);
  if (!c) {
    return (
      <Panel title={t('panel.inspect')}>
        <p className={styles.hint}>{t('panel.inspect.none')}</p>
      </Panel>
    );
  }
  const shown = {
    State: c.inspect.State,
    RestartCount: c.inspect.RestartCount,
    RestartPolicy: c.inspect.HostConfig.RestartPolicy,
    AutoRemove: c.inspect.HostConfig.AutoRemove,
  };
  return (
    <Panel title={t('panel.inspect')} command={`docker inspect ${c.name}`}>
      <pre className={styles.terminal} tabIndex={0} aria-label={`docker inspect ${c.name}`}>
        {JSON.stringify(shown, null, 4)}
      </pre>
    </Panel>
  );
}
