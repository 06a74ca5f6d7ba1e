import type { AuthMode } from '@toolrouter/toolkits';
import type { ConnectedAccountStatus } from '../connected-account/connected-account.ts';

/** A field of the hosted connect form (API key, bearer token, basic auth). */
export interface ConnectLinkField {
  /** The credential key it fills. */
  name: 'apiKey' | 'token' | 'username' | 'password';
  label: string;
  /** Render as a password input; never echo it back. */
  secret: boolean;
}

/** What the hosted connect page (`/connect/:linkId`) shows. Never carries a secret. */
export interface ConnectLink {
  id: string;
  toolkit: string;
  toolkitName: string;
  logo?: string;
  mode: Exclude<AuthMode, 'none'>;
  /** The form for api_key, bearer and basic; empty for oauth2 (start it with `startOAuth`). */
  fields: ConnectLinkField[];
  /** The toolkit's `connectHelp`, e.g. where to create an API key. */
  help?: string;
  status: 'pending' | 'expired' | 'used';
  expiresAt: string;
}

/** What `submitCredentials` did: the account is ACTIVE; send the browser to `redirectTo` or show success. */
export interface SubmitCredentialsResult {
  connectedAccountId: string;
  /** The link's callbackUrl with `status` and `connected_account_id`, or undefined (show a success page). */
  redirectTo: string | undefined;
}

/** The query of the OAuth redirect to `<baseUrl>/oauth/callback`, as the provider sent it. */
export interface OAuthCallbackParams {
  state?: string | null;
  code?: string | null;
  error?: string | null;
  error_description?: string | null;
}

/** How an OAuth callback ended. `redirectTo` carries `status=success|failed` and `connected_account_id`. */
export interface OAuthCallbackResult {
  connectedAccountId: string;
  status: Extract<ConnectedAccountStatus, 'ACTIVE' | 'FAILED'>;
  redirectTo: string | undefined;
  /** Why it failed (the user denied access, the code exchange failed); never a secret. */
  error?: string;
}
