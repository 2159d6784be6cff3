/** A titled panel with the docker command it shows. */
import type { ReactNode } from 'react';
import { useId } from 'react';
import styles from './panels.module.css';

export function Panel({ title, command, children }: { title: string; command?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={styles.panel} aria-labelledby={id}>
      <h2 id={id} className={styles.title}>
        {title}
        {command ? (
          <>
            {' '}
            <code className={styles.command}>{command}</code>
          </>
        ) : null}
      </h2>
      {children}
    </section>
  );
}
