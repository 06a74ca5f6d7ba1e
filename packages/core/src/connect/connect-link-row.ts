export type { ConnectLinkRow } from '../store/connect-links/connect-link-row.ts';

/** How long a connect link can be used after it was made. */
export const CONNECT_LINK_TTL_MS = 10 * 60 * 1000;

/** Binds a link's sealed PKCE verifier to the link. */
export function connectLinkAssociatedData(id: string): string {
  return `connect_link:${id}:pkce_verifier`;
}
