/** A row of `connect_links` (migration 2). */
export interface ConnectLinkRow {
  id: string;
  session_id: string | null;
  user_id: string;
  connected_account_id: string;
  toolkit: string;
  auth_config_id: string;
  /** Set while the link is usable; unique, so one pending link per user, toolkit and auth config. */
  pending_key: string | null;
  /** SHA-256 (hex) of the OAuth state, once the OAuth flow started. */
  state_hash: string | null;
  /** The PKCE code verifier, encrypted with `connectLinkAssociatedData`. */
  pkce_verifier: string | null;
  callback_url: string | null;
  expires_at: string;
  used_at: string | null;
  created_at: string;
  /** SHA-256 of the token of the browser that first opened the link (migration 4); null until then. */
  browser_hash: string | null;
}
