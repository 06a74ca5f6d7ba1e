import { createHash } from 'node:crypto';
import { ConnectLinkBrowserError } from '../errors/connect-link-browser-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { ConnectLinkRow } from './connect-link-row.ts';

/** How a browser calls the connect API: its binding token (the value of the connect cookie). */
export interface ConnectBrowserOptions {
  /**
   * The opaque token of the browser making this request (the hosted pages keep it in an HttpOnly
   * cookie). Given: the link is bound to the first browser token it sees and refuses any other.
   * Left out (SDK and admin callers): no browser check.
   */
  browser?: string;
}

function hashBrowser(browser: string): string {
  return createHash('sha256').update(`toolrouter-connect-browser:${browser}`).digest('hex');
}

/**
 * Binds a pending link to `browser` if it has no browser yet (one conditional UPDATE, so two
 * browsers racing get one winner), then checks it. Throws ConnectLinkBrowserError for another browser.
 */
export async function bindConnectLinkBrowser(
  runtime: RouterRuntime,
  link: ConnectLinkRow,
  browser: string | undefined,
): Promise<void> {
  if (browser === undefined) return;
  if (browser === '') throw new ConnectLinkBrowserError({ linkId: link.id });
  if (link.browser_hash === null) {
    await runtime.store.execute(
      'UPDATE connect_links SET browser_hash = ? WHERE id = ? AND browser_hash IS NULL',
      [hashBrowser(browser), link.id],
    );
    const [current] = await runtime.store.query<Pick<ConnectLinkRow, 'browser_hash'>>(
      'SELECT browser_hash FROM connect_links WHERE id = ?',
      [link.id],
    );
    link.browser_hash = current?.browser_hash ?? null;
  }
  assertConnectLinkBrowser(link, browser);
}

/** Throws ConnectLinkBrowserError unless the link is bound to `browser` (no check when `browser` is undefined). */
export function assertConnectLinkBrowser(link: ConnectLinkRow, browser: string | undefined): void {
  if (browser === undefined) return;
  if (browser === '' || link.browser_hash === null || link.browser_hash !== hashBrowser(browser)) {
    throw new ConnectLinkBrowserError({ linkId: link.id });
  }
}
