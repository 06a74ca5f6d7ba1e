import type { AuthScheme, Credentials } from '@toolrouter/toolkits';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import { credentialSecrets } from '../execution/apply-credentials.ts';
import { type RefreshOutcome, refreshConnectedAccount } from '../oauth/refresh-connected-account.ts';
import { agentFacingMessage } from '../session/agent-facing-message.ts';
import type { ResolvedCall } from './resolve-tool-account.ts';
import type { ToolCall } from './tool-call.ts';

/** The credentials a call runs with, and the one OAuth refresh it may do (ahead of expiry or on a 401). */
export interface CredentialRefresher {
  /** Whether the account is OAuth and has not been refreshed in this call yet. */
  canRefresh(): boolean;
  /** The credentials now (the refreshed ones after a successful refresh). */
  credentials(): Credentials | undefined;
  /** The `auth` to send: the account's scheme and current credentials; undefined without an account. */
  auth(): { scheme: AuthScheme; credentials: Credentials } | undefined;
  /** The access token the call sends now, to tell the refresh which token was rejected. */
  accessToken(): string | undefined;
  /** Refreshes once; undefined when the account cannot be (or was already) refreshed. */
  refresh(rejectedAccessToken?: string): Promise<RefreshOutcome | undefined>;
}

/** The credential state of one resolved call. */
export function createCredentialRefresher(call: ToolCall, resolved: ResolvedCall): CredentialRefresher {
  const { runtime } = call;
  const { resolution } = resolved;
  let credentials = resolved.credentials;
  const refreshable = resolution.kind === 'account' && resolution.scheme.mode === 'oauth2';
  let refreshed = false;
  return {
    canRefresh: () => refreshable && !refreshed,
    credentials: () => credentials,
    auth: () =>
      resolution.kind === 'account' && credentials ? { scheme: resolution.scheme, credentials } : undefined,
    accessToken: () => (credentials as { accessToken?: string } | undefined)?.accessToken,
    async refresh(rejectedAccessToken) {
      if (!refreshable || refreshed || resolution.kind !== 'account') return undefined;
      refreshed = true;
      let outcome: RefreshOutcome;
      try {
        outcome = await refreshConnectedAccount(runtime, resolution.account.id, rejectedAccessToken);
      } catch (error) {
        // A store or decryption failure: go on with the token we have, as for a provider outage.
        if (!ToolRouterError.isInstance(error)) throw error;
        return { kind: 'unavailable', reason: agentFacingMessage(runtime, error) };
      }
      if (outcome.kind === 'fresh') {
        credentials = outcome.credentials;
        call.logSecrets.push(...credentialSecrets(credentials));
      }
      return outcome;
    },
  };
}
