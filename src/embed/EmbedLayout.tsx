/**
 * The simulator without page chrome, for embed.html and <container-lifecycle>: no title; the
 * toolbar on one line (when there are controls); then the panels in the order the host asked for,
 * one column as wide as the frame (320 to 1400 px). The diagram picks wide or tall by its own
 * width. A panel keeps its place from the first paint, so nothing moves when the engine arrives.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { PanelName } from '../LifecycleSimulator';
import page from '../LifecycleSimulator.module.css';
import type { Theme } from '../theme';
import styles from './EmbedLayout.module.css';

export interface EmbedLayoutProps {
  theme: Theme;
  order: readonly PanelName[];
  controls: boolean;
  toolbar: ReactNode;
  notices: ReactNode;
  banner?: ReactNode;
  /** Below the panels (the history's undo, redo and reset). */
  footer?: ReactNode;
  announcer: ReactNode;
  panels: Record<Exclude<PanelName, 'bridge' | 'history' | 'lessons'> | 'options', ReactNode>;
}

export function EmbedLayout({
  theme,
  order,
  controls,
  toolbar,
  notices,
  banner,
  footer,
  announcer,
  panels,
}: EmbedLayoutProps) {
  const { t } = useI18n();
  return (
    <div className={`${page.root} ${styles.embed}`} data-theme={theme} data-simulator="" data-layout="embed">
      {controls ? <div className={styles.toolbar}>{toolbar}</div> : null}
      {notices}
      {banner}
      {order.map((name) => {
        switch (name) {
          case 'bridge':
          case 'history':
          case 'lessons':
            return null;
          case 'controls':
            return panels.controls || panels.options ? (
              <div key={name} className={styles.controls} data-panel={name}>
                {panels.controls}
                {panels.options ? (
                  <details className={styles.more}>
                    <summary>{t('embed.moreOptions')}</summary>
                    {panels.options}
                  </details>
                ) : null}
              </div>
            ) : null;
          default:
            return panels[name] ? (
              <div key={name} className={styles.panel} data-panel={name}>
                {panels[name]}
              </div>
            ) : null;
        }
      })}
      {footer}
      {announcer}
    </div>
  );
}
