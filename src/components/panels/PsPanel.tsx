/**
 * `docker ps -a` exactly as the CLI prints it, one row per container (`data-container`), live:
 * the STATUS column ages as simulated time passes. A row selects its container.
 */
import { useMemo } from 'react';
import type { LiveSimulator, SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { Panel } from './Panel';
import styles from './panels.module.css';

export interface PsPanelProps {
  sim: LiveSimulator;
  view: SimulatorView;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function PsPanel({ sim, view, selectedId, onSelect }: PsPanelProps) {
  const { t } = useI18n();
  const second = Math.floor(view.now / 1000);
  const { header, rows } = useMemo(() => {
    const table = sim.query('docker ps -a')?.stdout ?? '';
    const ids = (sim.query("docker ps -a --no-trunc --format '{{.ID}}'")?.stdout ?? '').split('\n').filter(Boolean);
    const lines = table.split('\n').filter((l) => l.length > 0);
    return {
      header: lines[0] ?? '',
      rows: lines.slice(1).map((text, i) => {
        const id = ids[i] ?? '';
        return { text, id, name: view.containers.find((c) => c.id === id)?.name ?? '' };
      }),
    };
    // The text changes with the containers and, through STATUS and CREATED, with each second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sim, view.eventCount, second, view.containers]);
  return (
    <Panel title={t('panel.ps')} command="docker ps -a">
      <div className={styles.terminal} role="table" aria-label="docker ps -a">
        <div role="row" className={styles.psHeader}>
          <span role="columnheader">{header}</span>
        </div>
        {rows.map((r) => (
          <div
            key={r.id}
            role="row"
            tabIndex={0}
            data-container={r.name}
            aria-selected={r.id === selectedId}
            className={`${styles.psRow} ${r.id === selectedId ? styles.selected : ''}`}
            onClick={() => onSelect(r.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(r.id);
              }
            }}
          >
            <span role="cell">{r.text}</span>
          </div>
        ))}
        {rows.length === 0 ? <p className={styles.hint}>{t('panel.ps.empty')}</p> : null}
      </div>
    </Panel>
  );
}
