/** A link the user must open to connect a toolkit. */
export interface ConnectLink {
  toolkit: string;
  url: string;
}

/**
 * The connect links in a tool result: `redirect_url`s of TOOLROUTER_MANAGE_CONNECTIONS and of
 * "needs a connection" results (also inside TOOLROUTER_MULTI_EXECUTE_TOOL).
 *
 * @example
 * const links = findConnectLinks(part.output); // [{ toolkit: 'github', url: 'http://localhost:3000/connect/lnk_...' }]
 */
export function findConnectLinks(output: unknown): ConnectLink[] {
  const links = new Map<string, ConnectLink>();
  const visit = (value: unknown): void => {
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
