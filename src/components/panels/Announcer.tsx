/**
 * A polite live region: screen readers hear every change of state (simulator-contract.md §3).
 * Visually hidden, and present from the first render, so that assistive technology is already
 * listening when the first message arrives.
 */
import styles from './Announcer.module.css';

export interface AnnouncerProps {
  message: string;
  /**
   * Bumped with every announcement. A message equal to the previous one (web: running → paused,
   * twice) changes nothing in the DOM and would go unheard; a new `seq` puts a new text node in
   * the region, so it is read again, while the text stays exactly the message.
   */
  seq?: number;
}

export function Announcer({ message, seq = 0 }: AnnouncerProps) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden}>
      <span key={seq}>{message}</span>
    </div>
  );
}
