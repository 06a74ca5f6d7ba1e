/** A row of `auth_configs`, as `SELECT *` reads it (the domain type is `AuthConfig`). */
export interface AuthConfigRow {
  id: string;
  toolkit: string;
  mode: string;
  name: string;
  is_managed: number;
  is_default: number;
  created_by: string;
  scopes: string;
  credentials: string | null;
  /** Added in migration 4 (absent from rows read by queries that list columns: counts as on). */
  verify_credentials?: number | null;
  created_at: string;
  updated_at: string;
}
