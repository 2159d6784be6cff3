/**
 * A small static file server for the browser tests: the built site (dist/) under a deep sub-path,
 * as a docs site or a GitHub Pages project site would serve it (no rewrites, no index fallback),
 * and any extra pages a test hosts (a docs page around an embed) at their own paths. It allows
 * cross-origin requests, as static hosts commonly do, so a page of another origin can load the
 * web component's module and its chunks.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** Where dist/ is served in every browser test. */
export const SUB_PATH = '/docs/guide/simulator/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.mmd': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  port: number;
  /** Serves `html` at `path` from now on (a host page made by a test). */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

/** Serves `dir` under `prefix` (and `mounts`: more folders under their own prefixes). */
export async function serveStatic(
  mounts: Record<string, string> = { [SUB_PATH]: 'dist' },
  host = '127.0.0.1',
): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
      res.end(page);
      return;
    }
    for (const [prefix, dir] of roots) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://${host}:${port}`,
    port,
    page: (path, html) => void pages.set(path, html),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
