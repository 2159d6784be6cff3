/**
 * embed.html's side of the conversation with the page that frames it: messages from the parent
 * window only (never from another frame or window, whatever its origin), posted to the parent
 * only, and the content's height whenever it changes, so the host can size the frame to it.
 */
import type { EmbedController } from './EmbedApp';
import { parseHostMessage, type EmbedMessage, type HostMessage } from './messages';

export function handleHostMessage(controller: EmbedController, message: HostMessage): void {
  switch (message.type) {
    case 'container-lifecycle:exec':
      controller.exec(message.line);
      return;
    case 'container-lifecycle:reset':
      controller.reset();
      return;
    case 'container-lifecycle:select':
      controller.select(message.name);
      return;
    case 'container-lifecycle:set': {
      const { type: _type, ...settings } = message;
      controller.set(settings);
      return;
    }
  }
}

export interface ParentBridge {
  post(message: EmbedMessage): void;
  /** Posts the height of `element` now and whenever it changes. */
  observeHeight(element: Element): void;
  dispose(): void;
}

/** Listens to the parent and posts to it; with no parent (opened on its own) it does nothing. */
export function connectToParent(win: Window, controller: () => EmbedController | null): ParentBridge {
  const parent = win.parent !== win ? win.parent : null;
  const onMessage = (e: MessageEvent) => {
    if (!parent || e.source !== parent) return;
    const message = parseHostMessage(e.data);
    const c = controller();
    if (message && c) handleHostMessage(c, message);
  };
  win.addEventListener('message', onMessage);
  let observer: ResizeObserver | null = null;
  let last = -1;
  // The parent's origin is not known (any docs site may frame the embed); what goes out is the
  // simulator's own events, nothing private, and only ever to the parent.
  const post = (message: EmbedMessage) => parent?.postMessage(message, '*');
  return {
    post,
    observeHeight(element) {
      const send = () => {
        const height = Math.ceil(element.getBoundingClientRect().height);
        if (height === last) return;
        last = height;
        post({ type: 'container-lifecycle:resize', height });
      };
      observer = new ResizeObserver(send);
      observer.observe(element);
      send();
    },
    dispose() {
      win.removeEventListener('message', onMessage);
      observer?.disconnect();
    },
  };
}
