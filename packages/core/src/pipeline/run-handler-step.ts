import type { RegisteredTool } from '../catalog/tool.ts';
import { credentialSecrets } from '../execution/apply-credentials.ts';
import { createToolFetch } from '../execution/create-tool-fetch.ts';
import { redactSecrets } from '../execution/read-response.ts';
import type { CredentialRefresher } from './credential-refresher.ts';
import { redactHandlerResult } from './redact-handler-result.ts';
import type { ResolvedCall } from './resolve-tool-account.ts';
import type { ExecutionOutcome, ToolCall } from './tool-call.ts';

/**
 * Step 4, for a tool with an in-process handler: run it with the credentials, a timeout signal and a
 * `fetch` bound to the toolkit's base URL (a 401 there refreshes OAuth once and resends), then
 * redact (step 5). A caller's abort is logged and then rejects, as an aborted HTTP tool does.
 */
export async function runHandlerStep(
  call: ToolCall,
  registered: RegisteredTool,
  resolved: ResolvedCall,
  refresher: CredentialRefresher,
): Promise<ExecutionOutcome> {
  const { runtime, session, toolSlug, options, connectedAccountId } = call;
  const { definition, toolkit } = registered;
  const { execution } = runtime;
  const baseUrl = runtime.catalog.baseUrlOf(toolkit.slug);
  const timeout = AbortSignal.timeout(execution.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const toolFetch = (): ReturnType<typeof createToolFetch> => {
    const auth = refresher.auth();
    return createToolFetch({
      baseUrl,
      ...(auth ? { auth } : {}),
      signal,
      fetch: execution.fetch,
      timeoutMs: execution.timeoutMs,
    });
  };
  // A handler's request that gets a 401 is sent once more after a token refresh (when its body can be re-sent).
  const handlerFetch: ReturnType<typeof createToolFetch> = async (path, init) => {
    const response = await toolFetch()(path, init);
    const replayable =
      init?.body === undefined ||
      init.body === null ||
      typeof init.body === 'string' ||
      init.body instanceof URLSearchParams;
    if (response.status !== 401 || !refresher.canRefresh() || !replayable) return response;
    const outcome = await refresher.refresh(refresher.accessToken());
    if (outcome?.kind !== 'fresh') return response;
    await response.body?.cancel();
    return toolFetch()(path, init);
  };

  const handlerCredentials = refresher.credentials();
  // Both the credentials the handler got and any refreshed ones are kept out of its result.
  const secrets = () => [
    ...new Set([...credentialSecrets(handlerCredentials), ...credentialSecrets(refresher.credentials())]),
  ];
  try {
    const data = await raceAbort(
      definition.handler!(resolved.input, {
        userId: session.userId,
        ...(session.sessionId ? { sessionId: session.sessionId } : {}),
        toolkit: toolkit.slug,
        toolSlug,
        ...(connectedAccountId ? { connectedAccountId } : {}),
        ...(handlerCredentials ? { credentials: handlerCredentials } : {}),
        signal,
        fetch: handlerFetch,
      }),
      signal,
    );
    return {
      successful: true,
      data: redactHandlerResult(data, secrets(), execution.maxResultChars),
      error: null,
    };
  } catch (error) {
    // The caller gave up: log it, then reject like an aborted HTTP tool does.
    if (options.signal?.aborted) {
      return {
        successful: false,
        data: null,
        error: `${toolSlug} was aborted by the caller.`,
        abort: { reason: options.signal.reason },
      };
    }
    const message =
      signal.aborted && timeout.aborted
        ? `${toolSlug} timed out after ${execution.timeoutMs} ms.`
        : `${toolSlug} failed: ${error instanceof Error ? error.message : String(error)}`;
    return { successful: false, data: null, error: redactSecrets(message, secrets()) };
  }
}

function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
