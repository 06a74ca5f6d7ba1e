import type { RegisteredTool } from '../catalog/tool.ts';
import { setAccountStatus } from '../connected-account/connected-accounts-api.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import { executeHttpTool } from '../execution/execute-http-tool.ts';
import { refreshFailedResult } from '../oauth/refresh-failed-result.ts';
import { agentFacingMessage } from '../session/agent-facing-message.ts';
import type { CredentialRefresher } from './credential-refresher.ts';
import { reconnectOutcome } from './refresh-ahead.ts';
import type { ResolvedCall } from './resolve-tool-account.ts';
import type { ExecutionOutcome, ToolCall } from './tool-call.ts';

/**
 * Step 4, for a tool with an HTTP mapping: send the request (retries, timeout, result trimming and
 * redaction happen in `executeHttpTool`). A 401 on OAuth refreshes once and resends; a 401 on any
 * other scheme marks the account EXPIRED and hands the agent a way to reconnect.
 */
export async function runHttpStep(
  call: ToolCall,
  registered: RegisteredTool,
  resolved: ResolvedCall,
  refresher: CredentialRefresher,
): Promise<ExecutionOutcome> {
  const { runtime, toolSlug, options } = call;
  const { definition, toolkit } = registered;
  const { execution } = runtime;
  const baseUrl = runtime.catalog.baseUrlOf(toolkit.slug);
  const send = () => {
    const auth = refresher.auth();
    return executeHttpTool({
      toolSlug,
      toolkitName: toolkit.name,
      request: definition.request!,
      baseUrl,
      arguments: resolved.input,
      ...(auth ? { auth } : {}),
      timeoutMs: execution.timeoutMs,
      retry: execution.retry,
      send: execution.send,
      maxResultChars: execution.maxResultChars,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  };
  let result: Awaited<ReturnType<typeof send>>;
  try {
    result = await send();
    if (result.status === 401 && refresher.canRefresh()) {
      const outcome = await refresher.refresh(refresher.accessToken());
      if (outcome?.kind === 'expired') return reconnectOutcome(call, registered, resolved, outcome.reason);
      if (outcome?.kind === 'operator') return refreshFailedResult(toolkit.name, outcome);
      if (outcome?.kind === 'fresh') result = await send();
    }
  } catch (error) {
    // Arguments the request cannot carry (a '..' path value) or credentials that do not fit the
    // scheme are a result too; only the caller's abort (and a bug) rejects.
    if (options.signal?.aborted || !ToolRouterError.isInstance(error)) throw error;
    return { successful: false, data: null, error: agentFacingMessage(runtime, error) };
  }
  const { resolution } = resolved;
  if (result.status === 401 && resolution.kind === 'account' && resolution.scheme.mode !== 'oauth2') {
    // An API key, token or password the API no longer takes: mark the account so it stops being
    // picked, and hand the agent a way to reconnect instead of a dead end.
    const reason = `${result.error ?? `${toolkit.name} answered 401 Unauthorized`}; the stored credentials of account ${resolution.account.id} were rejected (401 Unauthorized) and it is now EXPIRED`;
    await setAccountStatus(
      runtime,
      resolution.account.id,
      'EXPIRED',
      `credentials rejected: ${toolkit.name} answered 401 Unauthorized`,
    );
    const reconnect = await reconnectOutcome(call, registered, resolved, reason);
    reconnect.data.upstream = result.data;
    return { ...reconnect, statusCode: 401 };
  }
  return { successful: result.successful, data: result.data, error: result.error, statusCode: result.status };
}
