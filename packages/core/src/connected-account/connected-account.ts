import type { Credentials } from '@toolrouter/toolkits';

export type ConnectedAccountStatus = 'INITIATED' | 'ACTIVE' | 'FAILED' | 'EXPIRED' | 'INACTIVE' | 'REVOKED';

export const CONNECTED_ACCOUNT_STATUSES: readonly ConnectedAccountStatus[] = [
  'INITIATED',
  'ACTIVE',
  'FAILED',
  'EXPIRED',
  'INACTIVE',
  'REVOKED',
];

/** One user's account at a toolkit. Credentials are never part of it. */
export interface ConnectedAccount {
  id: string;
  userId: string;
  toolkit: string;
  authConfigId: string;
  status: ConnectedAccountStatus;
  /** Why the status is what it is (e.g. `refresh token rejected`); never a secret. */
  statusReason: string | null;
  alias: string | null;
  /** Who the account is at the vendor (login, email, workspace), when its check request said so. */
  label: string | null;
  /** When the access token expires (OAuth), if known. */
  expiresAt: string | null;
  /** When it last became ACTIVE; precedence prefers the most recent. */
  connectedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateConnectedAccountInput {
  userId: string;
  authConfigId: string;
  credentials: Credentials;
  alias?: string;
}

export interface ListConnectedAccountsFilter {
  userId?: string;
  toolkit?: string;
  authConfigId?: string;
  status?: ConnectedAccountStatus | ConnectedAccountStatus[];
}
