/**
 * Host pages for the browser tests: a docs page of another origin that embeds the simulator, with
 * CSS that would break a careless widget, and a page of a third origin that tries to talk to the
 * embed without being its parent.
 */

/** The auto-height snippet of docs/embedding.md, as a docs author would paste it. */
export const AUTO_HEIGHT_SCRIPT = `
  window.addEventListener('message', function (e) {
    var frames = document.querySelectorAll('iframe[data-container-lifecycle]');
    for (var i = 0; i < frames.length; i++) {
      var data = e.data;
      if (e.source === frames[i].contentWindow && data && data.type === 'container-lifecycle:resize' && typeof data.height === 'number')
        frames[i].style.height = data.height + 'px';
    }
  });`;

/** Styles a docs theme might have, and a careless one: all of them must stay on the host's side. */
export const HOSTILE_CSS = `
  html { font-size: 24px; }
  * { box-sizing: content-box; }
  body { margin: 0; font-family: Georgia, serif; line-height: 2; color: #222; letter-spacing: 0.05em; }
  button { color: red; font-size: 30px; padding: 20px; }
  div, section, figure, p { margin: 12px; padding: 6px; }
  svg { max-width: 50%; }
  table, th, td { border: 3px solid green; }
  code { background: yellow; }
  .column { width: 700px; margin: 0 auto; }`;

export interface HostPageOptions {
  /** Where the built site is (`http://…/docs/guide/simulator/`). */
  sim: string;
  /** The body's content. */
  body: string;
  /** More script for the host (classic). */
  script?: string;
  /** Load the web component's ES module (default) or its classic build. */
  element?: 'module' | 'classic' | 'none';
}

export function hostPage({ sim, body, script = '', element = 'module' }: HostPageOptions): string {
  const tag =
    element === 'module'
      ? `<script type="module" src="${sim}container-lifecycle.js"></script>`
      : element === 'classic'
        ? `<script src="${sim}container-lifecycle.iife.js"></script>`
        : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A docs page</title>
    <style>${HOSTILE_CSS}</style>
    ${tag}
  </head>
  <body>
    <main class="column">
      ${body}
    </main>
    <script>${AUTO_HEIGHT_SCRIPT}
${script}</script>
  </body>
</html>`;
}

/**
 * A page of a third origin, framed by the host, that posts `message` to the host's first frame
 * (the embed) when the host asks it to ("go"), then answers "sent".
 */
export function strangerPage(message: unknown): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>stranger</title></head><body>
<script>
  window.addEventListener('message', function (e) {
    if (e.data !== 'go') return;
    parent.frames[0].postMessage(${JSON.stringify(message)}, '*');
    parent.postMessage('sent', '*');
  });
</script></body></html>`;
}
