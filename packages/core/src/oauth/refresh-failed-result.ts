import type { RefreshOutcome } from './refresh-connected-account.ts';

/** The tool result data when an expired token could not be renewed and the call was not sent. */
export interface RefreshFailedData {
  error: {
    /**
     * `provider_unavailable`: the token endpoint failed for now (retry soon); `oauth_app_rejected`:
     * the provider refused the OAuth app itself, an operator must fix the auth config.
     */
    type: 'provider_unavailable' | 'oauth_app_rejected';
    retryable: boolean;
    /** ISO 8601: no refresh is attempted before then (`oauth_app_rejected`). */
    retry_at?: string;
  };
}

/**
 * What `execute` answers when an access token needed renewing and the refresh did not give one:
 * the expired token is not sent upstream (its 401 would only mislead the agent), and the result
 * says whether to retry or to get an operator.
 */
export function refreshFailedResult(
  toolkitName: string,
  outcome: Extract<RefreshOutcome, { kind: 'operator' | 'unavailable' }>,
): { successful: false; data: RefreshFailedData; error: string } {
  if (outcome.kind === 'operator') {
    return {
      successful: false,
      data: { error: { type: 'oauth_app_rejected', retryable: false, retry_at: outcome.retryAt } },
      error: `${outcome.reason} The call was not sent. Tell the user an administrator must fix the ${toolkitName} integration; retrying now will not help.`,
    };
  }
  return {
    successful: false,
    data: { error: { type: 'provider_unavailable', retryable: true } },
    error: `${toolkitName}'s access token has expired and could not be renewed right now (${outcome.reason}) The call was not sent: the provider is unavailable, retry in a moment.`,
  };
}
