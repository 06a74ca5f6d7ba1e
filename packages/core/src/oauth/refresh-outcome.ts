import type { Credentials } from '@toolrouter/toolkits';

/** What a refresh of an OAuth account's token came to. */
export type RefreshOutcome =
  /** Credentials to use now: refreshed here, or already refreshed by someone else. */
  | { kind: 'fresh'; credentials: Credentials; refreshed: boolean }
  /** The provider rejected the refresh token (`invalid_grant`): the account is now EXPIRED. */
  | { kind: 'expired'; reason: string }
  /**
   * The provider refused the OAuth app (`invalid_client`, `unauthorized_client`): an operator must
   * fix the auth config; no new attempt before `retryAt`.
   */
  | { kind: 'operator'; reason: string; retryAt: string }
  /** No refresh possible now (no refresh token, provider down); the account keeps its status. */
  | { kind: 'unavailable'; reason: string };

/** A router's OAuth refreshes: those in flight by account id, and the id it holds refresh leases under. */
export interface OAuthRefreshes {
  inFlight: Map<string, Promise<RefreshOutcome>>;
  holderId: string;
}
