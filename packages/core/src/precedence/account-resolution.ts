import type { AuthScheme } from '@toolrouter/toolkits';
import type { AuthConfig } from '../auth-config/auth-config.ts';
import type { ConnectedAccountRow } from '../connected-account/connected-account-row.ts';

/** Which account (if any) runs a tool, per DESIGN §4. */
export type AccountResolution =
  | { kind: 'no_auth' }
  | { kind: 'account'; account: ConnectedAccountRow; authConfig: AuthConfig; scheme: AuthScheme }
  | {
      kind: 'connection_required';
      toolkit: string;
      /** The auth config the user must connect on; null when listing found none and created none. */
      authConfig: AuthConfig | null;
      /** The precedence step that decided (1-4), for logs and tests. */
      step: 1 | 2 | 3 | 4;
      reason: string;
      /** The account that must be reconnected, when precedence picked one that is not ACTIVE. */
      accountId?: string;
    };
