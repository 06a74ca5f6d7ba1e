/** A row of `connected_accounts`, as `SELECT *` reads it (the domain type is `ConnectedAccount`). */
export interface ConnectedAccountRow {
  id: string;
  user_id: string;
  toolkit: string;
  auth_config_id: string;
  status: string;
  status_reason: string | null;
  alias: string | null;
  /** Added in migration 4; absent in rows read by queries that list columns. */
  label?: string | null;
  credentials: string | null;
  expires_at: string | null;
  connected_at: string | null;
  created_at: string;
  updated_at: string;
}
