import type { Credentials } from '@toolrouter/toolkits';
import type { RegisteredTool } from '../catalog/tool.ts';
import { isNoAuthToolkit } from '../catalog/tool.ts';
import { connectionRequiredResult } from '../connect/connection-required-result.ts';
import { readAccountCredentials, setAccountStatus } from '../connected-account/connected-accounts-api.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import { credentialSecrets } from '../execution/apply-credentials.ts';
import { createToolFetch } from '../execution/create-tool-fetch.ts';
import { executeHttpTool } from '../execution/execute-http-tool.ts';
import { redactSecrets } from '../execution/read-response.ts';
import type { ExecuteToolOptions, ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { trimForModel } from '../execution/trim-for-model.ts';
import { validateToolArguments } from '../execution/validate-tool-arguments.ts';
import { writeExecutionLog } from '../logs/write-execution-log.ts';
import {
  isExpired,
  isExpiring,
  type RefreshOutcome,
  refreshConnectedAccount,
} from '../oauth/refresh-connected-account.ts';
import { refreshFailedResult } from '../oauth/refresh-failed-result.ts';
import { listUsableAccounts } from '../precedence/list-usable-accounts.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { accountSelectionResult } from './account-selection-result.ts';
import { agentFacingMessage } from './agent-facing-message.ts';
import type { SessionConfig } from './session-config.ts';
import { isToolAllowed } from './session-policy.ts';

export interface SessionIdentity {
  sessionId: string | null;
  userId: string;
  config: SessionConfig;
}

interface Outcome {
  successful: boolean;
  data: unknown;
  error: string | null;
  statusCode?: number | null;
}

/**
 * Runs one app tool for a session's user: session filters, argument validation, precedence,
 * credentials, the HTTP call or handler, result trimming and the execution log. Never throws for a
 * tool problem: the result says what went wrong and what to do.
 */
export async function executeSessionTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolSlug: string,
  args: unknown,
  options: ExecuteToolOptions = {},
): Promise<ToolExecutionResult> {
  return executeRegisteredTool(runtime, session, toolSlug, runtime.catalog.findTool(toolSlug), args, options);
}

/** The same for a tool found elsewhere (a proxy request's one-off tool); `undefined` means unknown. */
export async function executeRegisteredTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolSlug: string,
  registered: RegisteredTool | undefined,
  args: unknown,
  options: ExecuteToolOptions = {},
): Promise<ToolExecutionResult> {
  // The account's concurrency slot, once the account is known; freed however the call ends.
  const slot: { release?: () => void } = {};
  try {
    return await runRegisteredTool(runtime, session, toolSlug, registered, args, options, slot);
  } finally {
    slot.release?.();
  }
}

async function runRegisteredTool(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolSlug: string,
  registered: RegisteredTool | undefined,
  args: unknown,
  options: ExecuteToolOptions,
  slot: { release?: () => void },
): Promise<ToolExecutionResult> {
  const started = performance.now();
  let connectedAccountId: string | null = null;
  // The account's credential values (also refreshed ones): the log replaces them in what it keeps.
  const logSecrets: string[] = [];

  const finish = async (outcome: Outcome): Promise<ToolExecutionResult> => {
    const logId = await writeExecutionLog(runtime, {
      sessionId: session.sessionId,
      userId: session.userId,
      toolkit: registered?.tool.toolkit ?? 'unknown',
      toolSlug,
      connectedAccountId,
      successful: outcome.successful,
      error: outcome.error,
      statusCode: outcome.statusCode ?? null,
      durationMs: performance.now() - started,
      arguments: args,
      result: outcome.data,
      secrets: logSecrets,
    });
    return { data: outcome.data, error: outcome.error, successful: outcome.successful, logId };
  };

  if (!registered || !isToolAllowed(session.config, registered.tool)) {
    const suggestions = runtime.catalog.suggestTools(toolSlug, (tool) => isToolAllowed(session.config, tool));
    const reason = registered ? 'is not enabled in this session' : 'does not exist';
    return finish({
      successful: false,
      data: { suggestions },
      error: `Tool '${toolSlug}' ${reason}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} Find tools with TOOLROUTER_SEARCH_TOOLS.`,
    });
  }
  const { definition, toolkit } = registered;

  const multiAccount = session.config.multiAccount;
  if (
    options.account === undefined &&
    multiAccount?.enable === true &&
    multiAccount.requireExplicitSelection === true &&
    !isNoAuthToolkit(toolkit)
  ) {
    const accounts = await listUsableAccounts(runtime, { ...session, toolkit: toolkit.slug });
    if (accounts.length > 1) return finish(accountSelectionResult(toolkit, accounts));
  }

  let input: Record<string, unknown>;
  let resolution: Awaited<ReturnType<typeof resolveConnectedAccount>>;
  let credentials: Credentials | undefined;
  try {
    input = validateToolArguments(definition, args);
    resolution = await resolveConnectedAccount(runtime, {
      userId: session.userId,
      toolkit: toolkit.slug,
      config: session.config,
      ...(options.account !== undefined ? { account: options.account } : {}),
      allowCreate: true,
    });
    if (resolution.kind === 'account') {
      connectedAccountId = resolution.account.id;
      credentials = readAccountCredentials(runtime, resolution.account, resolution.scheme.mode);
      logSecrets.push(...credentialSecrets(credentials));
      if (runtime.accountSlots) slot.release = await runtime.accountSlots.acquire(connectedAccountId);
    }
  } catch (error) {
    if (!ToolRouterError.isInstance(error)) throw error;
    return finish({ successful: false, data: null, error: agentFacingMessage(runtime, error) });
  }

  if (resolution.kind === 'connection_required') {
    return finish(
      await connectionRequiredResult(
        runtime,
        session,
        toolkit,
        resolution.authConfig?.id ?? null,
        resolution.reason,
      ),
    );
  }

  // OAuth: refresh a token that expires within a minute before the call, and once more on a 401.
  const canRefresh = resolution.kind === 'account' && resolution.scheme.mode === 'oauth2';
  let refreshed = false;
  const refresh = async (rejectedAccessToken?: string): Promise<RefreshOutcome | undefined> => {
    if (!canRefresh || refreshed || resolution.kind !== 'account') return undefined;
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
      logSecrets.push(...credentialSecrets(credentials));
    }
    return outcome;
  };
  const expiredResult = (reason: string) =>
    connectionRequiredResult(
      runtime,
      session,
      toolkit,
      resolution.kind === 'account' ? resolution.authConfig.id : null,
      reason,
    );
  if (canRefresh && isExpiring(credentials, runtime.now())) {
    const outcome = await refresh();
    if (outcome?.kind === 'expired') return finish(await expiredResult(outcome.reason));
    // A token still inside its refresh-ahead window is used as it is; an expired one is never sent.
    if (outcome && outcome.kind !== 'fresh' && isExpired(credentials, runtime.now())) {
      return finish(refreshFailedResult(toolkit.name, outcome));
    }
  }
  const accessTokenOf = () => (credentials as { accessToken?: string } | undefined)?.accessToken;

  const authFor = () =>
    resolution.kind === 'account' && credentials ? { scheme: resolution.scheme, credentials } : undefined;
  let auth = authFor();
  const baseUrl = runtime.catalog.baseUrlOf(toolkit.slug);
  const { execution } = runtime;

  if (definition.request) {
    const send = () =>
      executeHttpTool({
        toolSlug,
        toolkitName: toolkit.name,
        request: definition.request!,
        baseUrl,
        arguments: input,
        ...(auth ? { auth } : {}),
        timeoutMs: execution.timeoutMs,
        retry: execution.retry,
        fetch: execution.fetch,
        maxResultChars: execution.maxResultChars,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    let result: Awaited<ReturnType<typeof send>>;
    try {
      result = await send();
      if (result.status === 401 && canRefresh && !refreshed) {
        const outcome = await refresh(accessTokenOf());
        if (outcome?.kind === 'expired') return finish(await expiredResult(outcome.reason));
        if (outcome?.kind === 'operator') return finish(refreshFailedResult(toolkit.name, outcome));
        if (outcome?.kind === 'fresh') {
          auth = authFor();
          result = await send();
        }
      }
    } catch (error) {
      // Arguments the request cannot carry (a '..' path value) or credentials that do not fit the
      // scheme are a result too; only the caller's abort (and a bug) rejects.
      if (options.signal?.aborted || !ToolRouterError.isInstance(error)) throw error;
      return finish({ successful: false, data: null, error: agentFacingMessage(runtime, error) });
    }
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
      const reconnect = await connectionRequiredResult(
        runtime,
        session,
        toolkit,
        resolution.authConfig.id,
        reason,
      );
      reconnect.data.upstream = result.data;
      return finish({ ...reconnect, statusCode: 401 });
    }
    return finish({
      successful: result.successful,
      data: result.data,
      error: result.error,
      statusCode: result.status,
    });
  }

  const timeout = AbortSignal.timeout(execution.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const toolFetch = (): ReturnType<typeof createToolFetch> =>
    createToolFetch({
      baseUrl,
      ...(auth ? { auth } : {}),
      signal,
      fetch: execution.fetch,
      timeoutMs: execution.timeoutMs,
    });
  // A handler's request that gets a 401 is sent once more after a token refresh (when its body can be re-sent).
  const handlerFetch: ReturnType<typeof createToolFetch> = async (path, init) => {
    const response = await toolFetch()(path, init);
    const replayable =
      init?.body === undefined ||
      init.body === null ||
      typeof init.body === 'string' ||
      init.body instanceof URLSearchParams;
    if (response.status !== 401 || !canRefresh || refreshed || !replayable) return response;
    const outcome = await refresh(accessTokenOf());
    if (outcome?.kind !== 'fresh') return response;
    await response.body?.cancel();
    auth = authFor();
    return toolFetch()(path, init);
  };

  const handlerCredentials = credentials;
  // Both the credentials the handler got and any refreshed ones are kept out of its result.
  const secrets = () => [
    ...new Set([...credentialSecrets(handlerCredentials), ...credentialSecrets(credentials)]),
  ];
  try {
    const data = await raceAbort(
      definition.handler!(input, {
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
    const safe = secrets().length ? JSON.parse(redactSecrets(JSON.stringify(data ?? null), secrets())) : data;
    const trimmed = trimForModel(safe ?? null, { maxChars: execution.maxResultChars });
    return finish({ successful: true, data: trimmed.data, error: null });
  } catch (error) {
    // The caller gave up: log it, then reject like an aborted HTTP tool does.
    if (options.signal?.aborted) {
      await finish({ successful: false, data: null, error: `${toolSlug} was aborted by the caller.` });
      throw options.signal.reason;
    }
    const message =
      signal.aborted && timeout.aborted
        ? `${toolSlug} timed out after ${execution.timeoutMs} ms.`
        : `${toolSlug} failed: ${error instanceof Error ? error.message : String(error)}`;
    return finish({ successful: false, data: null, error: redactSecrets(message, secrets()) });
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
