/** The spoken line for a change: every container whose state changed, and its new state. */
import type { SimulatorView } from '../../../machines/index';
import type { Translate } from '../../i18n/i18n';

export function announcementFor(t: Translate, before: SimulatorView | null, after: SimulatorView): string {
  if (!before) return '';
  const old = new Map(before.containers.map((c) => [c.id, c]));
  const parts: string[] = [];
  for (const c of after.containers) {
    const was = old.get(c.id);
    if (!was) parts.push(t('announce.created', { name: c.name, state: c.status }));
    else if (was.status !== c.status)
      parts.push(t('announce.changed', { name: c.name, from: was.status, to: c.status }));
    old.delete(c.id);
  }
  for (const gone of old.values()) parts.push(t('announce.removed', { name: gone.name }));
  return parts.join(' ');
}
