import type { Credentials } from '@toolrouter/toolkits';
import { readAccountCredentials } from '../connected-account/connected-accounts-api.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import { createToolFetch } from '../execution/create-tool-fetch.ts';
import { executeHttpTool } from '../execution/execute-http-tool.ts';
import type { ExecuteToolOptions, ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { trimForModel } from '../execution/trim-for-model.ts';
import { validateToolArguments } from '../execution/validate-tool-arguments.ts';
import { writeExecutionLog } from '../logs/write-execution-log.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { credentialSecrets } from '../execution/apply-credentials.ts';
import { redactSecrets } from '../execution/read-response.ts';
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
  const started = performance.now();
  const registered = runtime.catalog.findTool(toolSlug);
  let connectedAccountId: string | null = null;

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
      credentials = readAccountCredentials(runtime, resolution.account);
    }
  } catch (error) {
    if (!ToolRouterError.isInstance(error)) throw error;
    return finish({ successful: false, data: null, error: error.message });
  }

  if (resolution.kind === 'connection_required') {
    return finish({
      successful: false,
      data: {
        connection_required: true,
        toolkit: toolkit.slug,
        auth_config_id: resolution.authConfig?.id ?? null,
        redirect_url: null,
      },
      error: `${toolkit.name} is not connected for this user (${resolution.reason}). Connect it with TOOLROUTER_MANAGE_CONNECTIONS { toolkits: ['${toolkit.slug}'] } or session.authorize('${toolkit.slug}'), then run the tool again.`,
    });
  }

  const auth = resolution.kind === 'account' && credentials ? { scheme: resolution.scheme, credentials } : undefined;
  const baseUrl = runtime.catalog.baseUrlOf(toolkit.slug);
  const { execution } = runtime;

  if (definition.request) {
    const result = await executeHttpTool({
      toolSlug,
      toolkitName: toolkit.name,
      request: definition.request,
      baseUrl,
      arguments: input,
      ...(auth ? { auth } : {}),
      timeoutMs: execution.timeoutMs,
      retry: execution.retry,
      fetch: execution.fetch,
      maxResultChars: execution.maxResultChars,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return finish({ successful: result.successful, data: result.data, error: result.error, statusCode: result.status });
  }

  const secrets = credentialSecrets(credentials);
  const timeout = AbortSignal.timeout(execution.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const data = await raceAbort(
      definition.handler!(input, {
        userId: session.userId,
        ...(session.sessionId ? { sessionId: session.sessionId } : {}),
        toolkit: toolkit.slug,
        toolSlug,
        ...(connectedAccountId ? { connectedAccountId } : {}),
        ...(credentials ? { credentials } : {}),
        signal,
        fetch: createToolFetch({
          baseUrl,
          ...(auth ? { auth } : {}),
          signal,
          fetch: execution.fetch,
          timeoutMs: execution.timeoutMs,
        }),
      }),
      signal,
    );
    const safe = secrets.length ? JSON.parse(redactSecrets(JSON.stringify(data ?? null), secrets)) : data;
    const trimmed = trimForModel(safe ?? null, { maxChars: execution.maxResultChars });
    return finish({ successful: true, data: trimmed.data, error: null });
  } catch (error) {
    const message = signal.aborted && timeout.aborted
      ? `${toolSlug} timed out after ${execution.timeoutMs} ms.`
      : `${toolSlug} failed: ${error instanceof Error ? error.message : String(error)}`;
    return finish({ successful: false, data: null, error: redactSecrets(message, secrets) });
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
