/**
 * The simulator as an embed (embed.html, <container-lifecycle>): the embed layout, the settings of
 * §4 (with `auto` theme and `play`), a notice for settings it did not understand, and a control
 * surface for the host (messages, element methods): run a line, reset, select, change settings.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DockerEvent, Move } from '../../machines/index';
import { LifecycleSimulator } from '../LifecycleSimulator';
import { translator, type Lang } from '../i18n/i18n';
import type { Messages } from '../i18n/en';
import type { SimulatorHandle } from '../sim/useHostFeed';
import type { RestoreFrom } from '../sim/SimulatorProvider';
import type { Speed } from '../sim/speed';
import type { Level } from '../viz/scene';
import type { EmbedOptions } from './params';
import { PlayBar } from './PlayBar';
import { useColorScheme } from './useColorScheme';
import { usePlayer } from './usePlayer';

/** What a host may change after the embed has drawn. */
export interface EmbedSettings {
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  speed?: Speed;
  level?: Level;
}

/** What the host can do (a message, a method of the element). */
export interface EmbedController {
  /** Runs a docker line as if typed (after the one that holds the prompt, if any). */
  exec(line: string): void;
  /** Starts again from the script, as when the embed opened. */
  reset(): void;
  /** Selects (and follows) the container of that name. */
  select(name: string): void;
  set(settings: EmbedSettings): void;
}

export interface EmbedAppProps {
  options: EmbedOptions;
  /** The language when `options.lang` is null (the browser's, the host page's). */
  defaultLang: Lang;
  /** The catalog of the first language, already loaded. */
  messages: Messages;
  onDockerEvent?: (event: DockerEvent) => void;
  onMove?: (move: Move) => void;
  /** The simulator has booted (again, after a reset). */
  onReady?: () => void;
  /** A link's run to open (embed.html#run=…, the history's Copy link), instead of the script. */
  restore?: RestoreFrom;
  /** Receives the control surface (null when the embed goes away). */
  controller?: (c: EmbedController | null) => void;
}

export function EmbedApp({
  options,
  defaultLang,
  messages,
  onDockerEvent,
  onMove,
  onReady,
  restore,
  controller,
}: EmbedAppProps) {
  // What the host changed since; new options (an attribute changed) start from them again.
  const [changed, setChanged] = useState<EmbedSettings & { select?: string }>({});
  const [given, setGiven] = useState(options);
  if (given !== options) {
    setGiven(options);
    setChanged({});
  }
  const [generation, setGeneration] = useState(0);
  const [handle, setHandle] = useState<SimulatorHandle | null>(null);
  const scheme = useColorScheme();

  const lang = changed.lang ?? options.lang ?? defaultLang;
  const themeSetting = changed.theme ?? options.theme;
  const theme = themeSetting === 'auto' ? scheme : themeSetting;
  const speed = changed.speed ?? options.speed;
  const level = changed.level ?? options.level;
  const select = changed.select ?? options.select ?? undefined;

  const reset = useCallback(() => {
    setHandle(null);
    setGeneration((g) => g + 1);
  }, []);

  // Lines sent before the simulator has booted run once it has, in order.
  const early = useRef<string[]>([]);
  useEffect(() => {
    if (!controller) return undefined;
    controller({
      exec: (line) => {
        if (handle) void handle.exec(line);
        else early.current.push(line);
      },
      reset,
      select: (name) => setChanged((c) => ({ ...c, select: name })),
      set: (s) => setChanged((c) => ({ ...c, ...s })),
    });
    return () => controller(null);
  }, [controller, handle, reset]);

  const ready = useCallback(
    (h: SimulatorHandle) => {
      setHandle(h);
      onReady?.();
      for (const line of early.current.splice(0)) void h.exec(line);
    },
    [onReady],
  );

  const player = usePlayer(options.play, handle, speed, reset);
  const notice = useMemo(
    () =>
      options.problems.length > 0
        ? translator(messages)('embed.badParams', { detail: options.problems.join(', ') })
        : undefined,
    [options.problems, messages],
  );

  return (
    <LifecycleSimulator
      // A reset, or a new script, is a new simulator run from the script.
      key={`${generation}\n${options.script.join('\n')}`}
      layout="embed"
      initialScript={options.script}
      panels={options.panels}
      lang={lang}
      messages={messages}
      theme={theme}
      speed={speed}
      level={level}
      controls={options.controls}
      {...(select ? { select } : {})}
      {...(notice ? { notice } : {})}
      banner={
        options.play.length > 0 ? <PlayBar lines={options.play} player={player} controls={options.controls} /> : null
      }
      {...(onDockerEvent ? { onDockerEvent } : {})}
      {...(onMove ? { onMove } : {})}
      onReady={ready}
      // A reset starts from the script, not from the link again.
      {...(restore && generation === 0 ? { restore } : {})}
    />
  );
}
