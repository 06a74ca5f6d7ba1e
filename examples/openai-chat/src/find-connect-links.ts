/** A link the user must open to connect a toolkit. */
export interface ConnectLink {
  toolkit: string;
  url: string;
}

/**
 * The connect links in a tool result: `redirect_url`s of TOOLROUTER_MANAGE_CONNECTIONS and of
 * "needs a connection" results (also inside TOOLROUTER_MULTI_EXECUTE_TOOL). Takes the result as the
 * framework hands it over, JSON text or object.
 *
 * @example
 * for (const link of findConnectLinks(toolOutput)) console.log(`Connect ${link.toolkit}: ${link.url}`);
 */
export function findConnectLinks(output: unknown): ConnectLink[] {
  const links = new Map<string, ConnectLink>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('{') || value.startsWith('[')) {
        try {
          visit(JSON.parse(value));
        } catch {
          // Not JSON: plain text has no links to collect.
        }
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.redirect_url === 'string' && typeof record.toolkit === 'string') {
      links.set(record.redirect_url, { toolkit: record.toolkit, url: record.redirect_url });
    }
    for (const item of Object.values(record)) visit(item);
  };
  visit(output);
  return [...links.values()];
}
