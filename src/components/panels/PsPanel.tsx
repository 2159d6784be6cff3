/**
 * `docker ps -a` exactly as the CLI prints it, live: one row per container (`data-container`,
 * a page hook of simulator-contract.md §3), the STATUS and CREATED columns ageing as simulated
 * time passes. Clicking a row, or Enter/Space on it, selects its container.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useSimSelector, useSimulator } from '../../sim/SimulatorProvider';
import { Panel } from './Panel';
import { psRefreshKey, psTable } from './psTable';
import styles from './PsPanel.module.css';

export interface PsPanelProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Arrow keys, Home and End move the focus between rows; Enter and Space select. */
function onRowKey(e: KeyboardEvent<HTMLDivElement>, select: () => void) {
  const row = e.currentTarget;
  const rows = [...(row.parentElement?.querySelectorAll<HTMLElement>('[data-container]') ?? [])];
  const at = rows.indexOf(row);
  const target =
    e.key === 'ArrowDown'
      ? rows[at + 1]
      : e.key === 'ArrowUp'
        ? rows[at - 1]
        : e.key === 'Home'
          ? rows[0]
          : e.key === 'End'
            ? rows.at(-1)
            : undefined;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    select();
  } else if (target) {
    e.preventDefault();
    target.focus();
  }
}

export function PsPanel({ selectedId, onSelect }: PsPanelProps) {
  const { t } = useI18n();
  const sim = useSimulator()?.sim ?? null;
  // The clock moves every frame; the panel re-renders only when the table's text could change.
  // The simulator keeps its identity while it changes, so the key stands for what it holds.
  const refresh = useSimSelector((s) => psRefreshKey(s.view()), '');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `refresh` is the cache key, see above
  const table = useMemo(() => (sim ? psTable(sim) : { header: '', rows: [] }), [sim, refresh]);
  return (
    <Panel title={t('panel.ps')} command="docker ps -a">
      <div className={styles.table} role="grid" aria-readonly="true" aria-label="docker ps -a">
        <div role="row" className={styles.header}>
          <span role="columnheader">{table.header}</span>
        </div>
        {table.rows.map((r) => {
          const selected = r.id !== '' && r.id === selectedId;
          return (
            <div
              key={r.id || r.text}
              role="row"
              tabIndex={0}
              data-container={r.name}
              aria-selected={selected}
              className={selected ? `${styles.row} ${styles.selected}` : styles.row}
              onClick={() => onSelect(r.id)}
              onKeyDown={(e) => onRowKey(e, () => onSelect(r.id))}
            >
              <span role="gridcell">{r.text}</span>
            </div>
          );
        })}
      </div>
      {table.rows.length === 0 ? <p className={styles.hint}>{t('panel.ps.empty')}</p> : null}
      {table.rows.length > 0 ? <p className={styles.hint}>{t('panel.ps.hint')}</p> : null}
    </Panel>
  );
}
