import type { AuthMode } from '@toolrouter/toolkits';

/** How a toolkit's users authenticate: an OAuth app, or a scheme such as API keys. App secrets are never returned. */
export interface AuthConfig {
  id: string;
  toolkit: string;
  mode: AuthMode;
  name: string;
  /** Uses the operator's OAuth app from `managedAuth`. */
  isManaged: boolean;
  /** The auth config precedence step 3 picks for this toolkit. At most one per toolkit. */
  isDefault: boolean;
  createdBy: 'router' | 'operator';
  scopes: string[];
  /** Whether app credentials (client id/secret) are stored; the values never leave the store. */
  hasCredentials: boolean;
  /**
   * Whether typed-in credentials (API key, token, password) are sent through the toolkit's check
   * request before they are stored. Default true; false stores them unchecked.
   */
  verifyCredentials: boolean;
  createdAt: string;
  updatedAt: string;
}

/** OAuth app credentials of an auth config. */
export interface AuthConfigCredentials {
  clientId: string;
  clientSecret?: string;
}

export interface CreateAuthConfigInput {
  toolkit: string;
  mode: AuthMode;
  name?: string;
  credentials?: AuthConfigCredentials;
  scopes?: string[];
  /** Default: true when the toolkit has no default auth config yet. */
  isDefault?: boolean;
  /** Check typed-in credentials with the toolkit's check request before storing them. Default true. */
  verifyCredentials?: boolean;
}

export interface UpdateAuthConfigInput {
  name?: string;
  credentials?: AuthConfigCredentials;
  scopes?: string[];
  isDefault?: boolean;
  verifyCredentials?: boolean;
}
