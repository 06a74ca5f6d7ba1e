import type { ConnectedAccount, ConnectedAccountStatus } from './connected-account.ts';

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

export function toConnectedAccount(row: ConnectedAccountRow): ConnectedAccount {
  return {
    id: row.id,
    userId: row.user_id,
    toolkit: row.toolkit,
    authConfigId: row.auth_config_id,
    status: row.status as ConnectedAccountStatus,
    statusReason: row.status_reason,
    alias: row.alias,
    label: row.label ?? null,
    expiresAt: row.expires_at,
    connectedAt: row.connected_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Binds an account's sealed credentials to the account (and its owner): moved elsewhere they fail. */
export function connectedAccountAssociatedData(id: string, userId: string): string {
  return `connected_account:${id}:${userId}:credentials`;
}
