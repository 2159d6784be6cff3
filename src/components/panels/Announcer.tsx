/** A polite live region: screen readers hear every change of state. */
import styles from './panels.module.css';

export function Announcer({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
      {message}
    </div>
  );
}
