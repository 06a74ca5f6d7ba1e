import type { ConnectedAccountRow } from '../store/connected-accounts/connected-account-row.ts';
import type { ConnectedAccount, ConnectedAccountStatus } from './connected-account.ts';

export type { ConnectedAccountRow } from '../store/connected-accounts/connected-account-row.ts';

/** The account as the API returns it (credentials never leave the store). */
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
