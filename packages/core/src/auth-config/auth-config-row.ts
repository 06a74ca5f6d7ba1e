import type { AuthMode } from '@toolrouter/toolkits';
import type { AuthConfig } from './auth-config.ts';

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

export function toAuthConfig(row: AuthConfigRow): AuthConfig {
  return {
    id: row.id,
    toolkit: row.toolkit,
    mode: row.mode as AuthMode,
    name: row.name,
    isManaged: Number(row.is_managed) === 1,
    isDefault: Number(row.is_default) === 1,
    createdBy: row.created_by as AuthConfig['createdBy'],
    scopes: JSON.parse(row.scopes) as string[],
    hasCredentials: row.credentials !== null,
    verifyCredentials: row.verify_credentials == null || Number(row.verify_credentials) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function authConfigAssociatedData(id: string): string {
  return `auth_config:${id}:credentials`;
}
