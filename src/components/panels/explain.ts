/**
 * What the daemon and the kernel did, event by event, in plain words (docker-lifecycle.md §2, §5,
 * §7, §9). Docker's own words (signal names, exit codes, commands) are placeholders, never translated.
 */
import type { DockerEvent, SimulatorView } from '../../../machines/index';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';

const SIGNAL_NAMES: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  12: 'SIGUSR2',
  15: 'SIGTERM',
  28: 'SIGWINCH',
};

export function signalText(n: number): string {
  return SIGNAL_NAMES[n] ?? `signal ${n}`;
}

function dieKey(code: number, oom: boolean): { key: MessageKey; params: Record<string, string | number> } {
  if (oom) return { key: 'explain.die.oom', params: {} };
  if (code === 0) return { key: 'explain.die.zero', params: {} };
  if (code === 137) return { key: 'explain.die.137', params: {} };
  if (code === 143) return { key: 'explain.die.143', params: {} };
  if (code === 127) return { key: 'explain.die.127', params: {} };
  if (code === 126) return { key: 'explain.die.126', params: {} };
  if (code > 128 && code < 160)
    return { key: 'explain.die.signal', params: { signal: signalText(code - 128), n: code - 128 } };
  return { key: 'explain.die.code', params: {} };
}

/** One sentence per event of a batch, then where the container ended up. */
export function explain(t: Translate, events: readonly DockerEvent[], view: SimulatorView | null): string[] {
  const lines: string[] = [];
  const killsSeen = new Map<string, number>();
  const oomSeen = new Set<string>();
  for (const e of events) {
    const name = e.Actor.Attributes.name ?? '';
    const code = Number(e.Actor.Attributes.exitCode ?? '0');
    switch (e.Action) {
      case 'kill': {
        const signal = Number(e.Actor.Attributes.signal ?? '9');
        const earlier = killsSeen.get(e.Actor.ID);
        killsSeen.set(e.Actor.ID, signal);
        if (signal === 9 && earlier !== undefined && earlier !== 9)
          lines.push(t('explain.kill.fallback', { name, signal: signalText(earlier) }));
        else if (signal === 9) lines.push(t('explain.kill.kill', { name }));
        else lines.push(t('explain.kill.other', { name, signal: signalText(signal), n: signal }));
        break;
      }
      case 'oom':
        oomSeen.add(e.Actor.ID);
        lines.push(t('explain.oom', { name }));
        break;
      case 'die': {
        const d = dieKey(code, oomSeen.has(e.Actor.ID));
        lines.push(t(d.key, { name, code, ...d.params }));
        break;
      }
      case 'create':
      case 'start':
      case 'attach':
      case 'pause':
      case 'unpause':
      case 'stop':
      case 'restart':
      case 'destroy':
        lines.push(t(`explain.${e.Action}`, { name }));
        break;
      default:
        lines.push(t('explain.other', { name, action: e.Action }));
    }
  }
  // Where each container of the batch ended up.
  const ids = [...new Set(events.map((e) => e.Actor.ID))];
  for (const id of ids) {
    const c = view?.containers.find((x) => x.id === id);
    const name = events.find((e) => e.Actor.ID === id)?.Actor.Attributes.name ?? '';
    if (!c) {
      if (events.some((e) => e.Actor.ID === id && e.Action === 'destroy'))
        lines.push(t('explain.end.removed', { name }));
      continue;
    }
    if (c.status === 'restarting') lines.push(t('explain.end.restarting', { name }));
    else lines.push(t('explain.end', { name, state: c.status }));
  }
  return lines;
}
