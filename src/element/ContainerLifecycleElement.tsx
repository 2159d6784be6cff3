/**
 * <container-lifecycle>: the embed as a custom element (simulator-contract.md §4). The attributes
 * are embed.html's parameters and take effect as they change; it draws into an open shadow root,
 * so the host's CSS cannot restyle it and its CSS cannot touch the host; several on a page are
 * independent simulators; removed from the page, it unmounts and leaves no timer or listener
 * behind. It dispatches `docker-event` and `move` (bubbling, composed) and `ready`.
 */
import { createRoot, type Root } from 'react-dom/client';
import css from 'virtual:container-lifecycle-css';
import type { DockerEvent, Move } from '../../machines/index';
import { EmbedApp, type EmbedController } from '../embed/EmbedApp';
import { parseHostMessage } from '../embed/messages';
import { EMBED_PARAMS, parseEmbedOptions, type EmbedOptions } from '../embed/params';
import { isLang, loadMessages, type Lang } from '../i18n/i18n';
import type { Messages } from '../i18n/en';
import { loadEngine } from '../sim/engine';

/**
 * The host's inherited styles (a large base font, a colour, a line height) stop at the element;
 * the simulator's own sizes are in px in this build, so a host's root font size changes nothing.
 */
const HOST_CSS = `:host{all:initial;display:block;font-size:16px;line-height:normal;text-align:start;min-width:0}:host([hidden]){display:none}`;

let shared: CSSStyleSheet | null = null;

/** One constructed sheet for every instance (or a <style> where that is not supported). */
function adoptStyles(shadow: ShadowRoot): void {
  if (
    'adoptedStyleSheets' in shadow &&
    typeof CSSStyleSheet !== 'undefined' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(HOST_CSS + css);
    }
    shadow.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = HOST_CSS + css;
  shadow.append(style);
}

function pageLanguage(el: Element): Lang {
  const own = el.closest('[lang]')?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  if (isLang(own)) return own;
  return navigator.languages?.some((l) => l.startsWith('ko')) ? 'ko' : 'en';
}

export class ContainerLifecycleElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return [...EMBED_PARAMS];
  }

  private root: Root | null = null;
  private mountPoint: HTMLDivElement | null = null;
  private controller: EmbedController | null = null;
  /** Bumped by every render request: a slower catalog load never draws over a newer one. */
  private version = 0;

  connectedCallback(): void {
    if (this.root) return; // moved within the page: still mounted
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.mountPoint) {
      adoptStyles(shadow);
      this.mountPoint = document.createElement('div');
      shadow.append(this.mountPoint);
    }
    this.root = createRoot(this.mountPoint);
    void this.draw();
  }

  disconnectedCallback(): void {
    // Moved (taken out and put back in one go) it stays; removed, it goes, with all it started.
    queueMicrotask(() => {
      if (this.isConnected || !this.root) return;
      this.version += 1;
      this.root.unmount();
      this.root = null;
      this.controller = null;
    });
  }

  attributeChangedCallback(): void {
    if (this.root) void this.draw();
  }

  /** Runs a docker line as if typed in its terminal. An empty or malformed line is ignored. */
  exec(line: string): void {
    const m = parseHostMessage({ type: 'container-lifecycle:exec', line });
    if (m?.type === 'container-lifecycle:exec') this.controller?.exec(m.line);
  }

  /** Starts again from the script. */
  reset(): void {
    this.controller?.reset();
  }

  /** Selects (and follows) the container of that name. */
  select(name: string): void {
    const m = parseHostMessage({ type: 'container-lifecycle:select', name });
    if (m?.type === 'container-lifecycle:select') this.controller?.select(m.name);
  }

  private options(): EmbedOptions {
    return parseEmbedOptions((name) => this.getAttribute(name));
  }

  private async draw(): Promise<void> {
    const version = ++this.version;
    const options = this.options();
    const defaultLang = pageLanguage(this);
    let messages: Messages;
    try {
      [messages] = await Promise.all([loadMessages(options.lang ?? defaultLang), loadEngine()]);
    } catch {
      return; // a chunk could not load (offline): the element stays empty, the page is unharmed
    }
    if (version !== this.version || !this.root) return;
    this.root.render(
      <EmbedApp
        options={options}
        defaultLang={defaultLang}
        messages={messages}
        controller={this.setController}
        onReady={this.onReady}
        onDockerEvent={this.onDockerEvent}
        onMove={this.onMove}
      />,
    );
  }

  private readonly setController = (c: EmbedController | null) => {
    this.controller = c;
  };

  private readonly onReady = () => {
    this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }));
  };

  private readonly onDockerEvent = (event: DockerEvent) => {
    this.dispatchEvent(new CustomEvent('docker-event', { detail: event, bubbles: true, composed: true }));
  };

  private readonly onMove = (move: Move) => {
    this.dispatchEvent(new CustomEvent('move', { detail: move, bubbles: true, composed: true }));
  };
}

/** Registers <container-lifecycle> once (a second copy of the script does nothing). */
export function defineContainerLifecycle(name = 'container-lifecycle'): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name))
    customElements.define(name, ContainerLifecycleElement);
}
