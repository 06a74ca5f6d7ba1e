import type { AuthMode } from '@toolrouter/toolkits';
import type { AuthConfigRow } from '../store/auth-configs/auth-config-row.ts';
import type { AuthConfig } from './auth-config.ts';

export type { AuthConfigRow } from '../store/auth-configs/auth-config-row.ts';

/** The auth config as the API returns it (credentials never leave the store). */
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
