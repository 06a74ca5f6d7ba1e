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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function authConfigAssociatedData(id: string): string {
  return `auth_config:${id}:credentials`;
}
