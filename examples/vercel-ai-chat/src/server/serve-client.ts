import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Answers GET requests with the built client in `clientDir` (`/` is `index.html`); undefined when there is no such file. */
export async function serveClient(clientDir: string, pathname: string): Promise<Response | undefined> {
  const relative = normalize(pathname === '/' ? '/index.html' : decodeURIComponent(pathname));
  if (relative.includes('..')) return undefined;
  try {
    const body = await readFile(join(clientDir, relative));
    return new Response(body, {
      headers: {
        'content-type': CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream',
        'cache-control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  } catch {
    return undefined;
  }
}
