import type { RegisteredTool } from '../catalog/tool.ts';
import { connectionRequiredResult } from '../connect/connection-required-result.ts';
import { isExpired, isExpiring } from '../oauth/refresh-connected-account.ts';
import { refreshFailedResult } from '../oauth/refresh-failed-result.ts';
import type { CredentialRefresher } from './credential-refresher.ts';
import type { ResolvedCall } from './resolve-tool-account.ts';
import type { ExecutionOutcome, ToolCall } from './tool-call.ts';

/** The outcome of a call whose account must be connected again (its token expired for good). */
export function reconnectOutcome(
  call: ToolCall,
  registered: RegisteredTool,
  resolved: ResolvedCall,
  reason: string,
): ReturnType<typeof connectionRequiredResult> {
  const authConfigId = resolved.resolution.kind === 'account' ? resolved.resolution.authConfig.id : null;
  return connectionRequiredResult(call.runtime, call.session, registered.toolkit, authConfigId, reason);
}

/**
 * Step 3 (OAuth): refresh a token that expires within a minute before the call. A token still inside
 * its refresh-ahead window is used as it is when the refresh fails; an expired one is never sent.
 */
export async function refreshAhead(
  call: ToolCall,
  registered: RegisteredTool,
  resolved: ResolvedCall,
  refresher: CredentialRefresher,
): Promise<ExecutionOutcome | undefined> {
  const now = call.runtime.now();
  if (!refresher.canRefresh() || !isExpiring(refresher.credentials(), now)) return undefined;
  const outcome = await refresher.refresh();
  if (outcome?.kind === 'expired') return reconnectOutcome(call, registered, resolved, outcome.reason);
  if (outcome && outcome.kind !== 'fresh' && isExpired(refresher.credentials(), call.runtime.now())) {
    return refreshFailedResult(registered.toolkit.name, outcome);
  }
  return undefined;
}
