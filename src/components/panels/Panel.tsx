/** A titled panel, with the docker command whose output it shows (never translated). */
import { useId, type ReactNode } from 'react';
import styles from './Panel.module.css';

export interface PanelProps {
  title: string;
  /** The docker command line the panel's content corresponds to, shown as code. */
  command?: string;
  children: ReactNode;
}

export function Panel({ title, command, children }: PanelProps) {
  const id = useId();
  return (
    <section className={styles.panel} aria-labelledby={id}>
      <h2 id={id} className={styles.title}>
        <span>{title}</span>
        {command ? <code className={styles.command}>{command}</code> : null}
      </h2>
      {children}
    </section>
  );
}
