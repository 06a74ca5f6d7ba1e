import { STATUS_CODES } from 'node:http';
import type { AuthScheme, Credentials, HttpRequestMapping } from '@toolrouter/toolkits';
import type { SendUpstream, UpstreamResponse } from '../outbound/upstream-response.ts';
import { applyCredentials, credentialSecrets } from './apply-credentials.ts';
import { buildHttpRequest } from './build-http-request.ts';
import { createDeadline } from './create-deadline.ts';
import { describeNetworkError, findOutboundRefusal } from './describe-network-error.ts';
import { errorBodyMessage } from './error-body-message.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { type RateLimit, rateLimitOf } from './rate-limit-of.ts';
import { readResponse, redactSecrets } from './read-response.ts';
import { type RetryOptions, sendWithRetry } from './send-with-retry.ts';
import { ToolTimeoutError } from './tool-timeout-error.ts';
import { trimForModel } from './trim-for-model.ts';

export interface ExecuteHttpToolOptions {
  toolSlug: string;
  /** Human name used in error messages: "GitHub answered 404 Not Found: ...". */
  toolkitName: string;
  request: HttpRequestMapping;
  baseUrl: string;
  /** Validated tool arguments (see validateToolArguments). */
  arguments: Record<string, unknown>;
  auth?: { scheme: AuthScheme; credentials?: Credentials | undefined };
  /** Budget for the whole call: attempts, waits and reading the answer. Default 30 000. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  signal?: AbortSignal;
  /** What sends the request (the router's guarded `send`). Default `globalThis.fetch`. */
  send?: SendUpstream;
  /** Budget for `data` as JSON text. Default 60 000 characters. */
  maxResultChars?: number;
}

export interface HttpToolResult {
  successful: boolean;
  /** The answer body (JSON or text), secrets redacted, trimmed for the model; also on failure. */
  data: unknown;
  error: string | null;
  /** The upstream HTTP status; `null` when no answer came (network error, timeout). */
  status: number | null;
  attempts: number;
  trimmed: boolean;
}

/**
 * Runs an HTTP-mapped tool: builds the request, injects credentials, sends it with retries and a
 * timeout, reads and redacts the answer and trims it for the model. Upstream trouble never throws:
 * a 4xx/5xx is `successful: false` with "GitHub answered 404 Not Found: <its message>" and the
 * body as `data`; a network error or timeout is `successful: false` with `status: null`.
 * `status` stays exact so a caller can refresh an OAuth token on 401 and try again.
 *
 * @throws InvalidToolArgumentsError or ValidationError for a bad request mapping, arguments or
 *   credentials (caller problems, not upstream ones); the caller's abort reason when `signal` aborts.
 * @example
 * const result = await executeHttpTool({
 *   toolSlug: 'GITHUB_GET_A_REPOSITORY',
 *   toolkitName: 'GitHub',
 *   request: { method: 'GET', path: '/repos/{owner}/{repo}' },
 *   baseUrl: 'https://api.github.com',
 *   arguments: { owner: 'octocat', repo: 'hello-world' },
 *   auth: { scheme: { mode: 'bearer' }, credentials: { token } },
 * });
 */
export async function executeHttpTool({
  toolSlug,
  toolkitName,
  request: mapping,
  baseUrl,
  arguments: args,
  auth,
  timeoutMs = 30_000,
  retry,
  signal,
  send,
  maxResultChars = 60_000,
}: ExecuteHttpToolOptions): Promise<HttpToolResult> {
  const request = buildHttpRequest({ toolSlug, request: mapping, baseUrl, arguments: args });
  if (auth !== undefined) applyCredentials(request, auth.scheme, auth.credentials);
  const secrets = credentialSecrets(auth?.credentials);
  const deadline = createDeadline({ timeoutMs, signal, toolSlug });
  let attempts = 0;
  const onAttempt = (attempt: number) => {
    attempts = attempt;
  };
  try {
    const { response } = await sendWithRetry(request, {
      deadline,
      retry,
      send,
      onAttempt,
    });
    const body = await readResponse(response, { secrets });
    const { data, trimmed } = trimForModel(body, { maxChars: maxResultChars });
    const error = response.ok ? null : describeFailure(toolkitName, response, body, request.url);
    const rateLimit = response.ok
      ? undefined
      : rateLimitOf(response.status, response.headers, body, Date.now());
    if (rateLimit)
      return rateLimited(toolkitName, rateLimit, {
        data,
        error: error!,
        status: response.status,
        attempts,
        trimmed,
      });
    return { successful: response.ok, data, error, status: response.status, attempts, trimmed };
  } catch (error) {
    const reason = deadline.signal.aborted ? deadline.signal.reason : error;
    if (ToolTimeoutError.isInstance(reason)) {
      const message = `${toolkitName} did not answer ${toolSlug} within ${timeoutMs} ms. Try again later, or ask for less data at once.`;
      return failure(message, attempts);
    }
    if (deadline.signal.aborted) throw reason;
    const why = redactSecrets(describeNetworkError(error, request.url.host), secrets);
    // A refusal of the outbound policy will not change by trying again: say who can fix it.
    const next = findOutboundRefusal(error)
      ? "Tell the operator: the toolkit's base URL points at an address this router may not call."
      : 'Try again later, or tell the user if it keeps failing.';
    const message = `${toolkitName} (${toolSlug}) failed: ${why}. ${next}`;
    return failure(message, attempts);
  } finally {
    deadline.dispose();
  }
}

/**
 * A rate limit answer as a typed result: `data.error` says `rate_limited` and when to come back,
 * the upstream's body stays under `data.response`.
 */
function rateLimited(
  toolkitName: string,
  rateLimit: RateLimit,
  result: Omit<HttpToolResult, 'successful'> & { error: string },
): HttpToolResult {
  const when =
    rateLimit.retryAfterSeconds === null
      ? 'wait before retrying'
      : `retry after ${rateLimit.retryAfterSeconds} s (at ${rateLimit.retryAt})`;
  return {
    ...result,
    successful: false,
    data: {
      error: {
        type: 'rate_limited',
        retry_at: rateLimit.retryAt,
        retry_after_seconds: rateLimit.retryAfterSeconds,
      },
      response: result.data,
    },
    error: result.error.includes('(retry after')
      ? result.error
      : `${result.error} (${toolkitName} rate limit: ${when})`,
  };
}

function failure(error: string, attempts: number): HttpToolResult {
  return { successful: false, data: null, error, status: null, attempts, trimmed: false };
}

function describeFailure(toolkitName: string, response: UpstreamResponse, body: unknown, url: URL): string {
  const statusText = response.statusText || STATUS_CODES[response.status] || '';
  let text = `${toolkitName} answered ${response.status}${statusText ? ` ${statusText}` : ''}`;
  const location = response.headers.get('location');
  if (response.status >= 300 && response.status < 400 && location !== null) {
    const target = URL.canParse(location, url) ? new URL(location, url).origin : 'an unreadable location';
    return `${text}: a redirect to ${target}, which is not the toolkit's host, so it was not followed.`;
  }
  const detail = errorBodyMessage(body);
  if (detail) text += `: ${detail.length > 500 ? `${detail.slice(0, 500)}…` : detail}`;
  const retryAfterMs =
    response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
  if (retryAfterMs !== undefined) text += ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
  return text;
}
