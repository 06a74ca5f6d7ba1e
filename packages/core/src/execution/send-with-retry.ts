import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import type { SendUpstream, UpstreamResponse } from '../outbound/upstream-response.ts';
import { createDeadline, type Deadline } from './create-deadline.ts';
import { fetchSameOrigin } from './fetch-same-origin.ts';
import { parseRetryAfter } from './parse-retry-after.ts';

export interface RetryOptions {
  /** Attempts in total, the first included. Default 3. */
  maxAttempts: number;
  /** Backoff base: attempt n waits up to `baseDelayMs * 2^(n-1)`, at random (full jitter). Default 250. */
  baseDelayMs: number;
  /** Cap for one wait. A Retry-After longer than this stops retrying. Default 8000. */
  maxDelayMs: number;
}

export interface SendWithRetryOptions {
  /** Budget for the whole call, retries and waits included. Default 30 000. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** The caller's signal; aborting it rejects with its reason. */
  signal?: AbortSignal;
  /**
   * A deadline the caller already runs (and disposes), used instead of `timeoutMs` and `signal`:
   * executeHttpTool's, which also bounds reading the body, so one timer and one signal serve both.
   */
  deadline?: Deadline;
  /** What sends each attempt (the router's guarded `send`). Default `globalThis.fetch`. */
  send?: SendUpstream;
  /** Called as each attempt starts, with its number (from 1). */
  onAttempt?: (attempt: number) => void;
}

export interface SendWithRetryResult {
  response: UpstreamResponse;
  attempts: number;
}

const idempotentMethods = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const retryableStatuses = new Set([429, 502, 503, 504]);

/**
 * Sends a request and retries idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) on 429, 502,
 * 503, 504 and network errors, with capped exponential backoff and full jitter, honouring
 * `Retry-After`. POST and PATCH are sent once. Gives up retrying, returning the last response, when
 * Retry-After asks for more than `maxDelayMs` or the wait would not fit in the time left. Redirects
 * are followed only within the request's origin.
 *
 * The timeout covers sending, retries and waits until the response headers arrive, and the
 * caller's `signal` is followed until then; pass a `deadline` that also bounds reading the body (as
 * executeHttpTool does) to cover that too.
 *
 * @throws ToolTimeoutError when `timeoutMs` runs out; the caller's abort reason when it aborts;
 *   the network error of the last attempt when the host cannot be reached.
 * @example
 * const { response, attempts } = await sendWithRetry(request, { timeoutMs: 10_000, retry: { maxAttempts: 4 } });
 */
export async function sendWithRetry(
  request: { url: URL; method: string; headers: Headers; body?: string | undefined },
  {
    timeoutMs = 30_000,
    retry,
    signal,
    deadline: given,
    send = sendWithFetch,
    onAttempt,
  }: SendWithRetryOptions = {},
): Promise<SendWithRetryResult> {
  const { maxAttempts = 3, baseDelayMs = 250, maxDelayMs = 8_000 } = retry ?? {};
  const deadline = given ?? createDeadline({ timeoutMs, signal });
  const canRetry = idempotentMethods.has(request.method.toUpperCase());
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: deadline.signal,
  };
  const backoff = (attempt: number) => Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  try {
    for (let attempt = 1; ; attempt++) {
      deadline.signal.throwIfAborted();
      onAttempt?.(attempt);
      let response: UpstreamResponse;
      try {
        response = await fetchSameOrigin(request.url, init, { fetch: send });
      } catch (error) {
        if (deadline.signal.aborted) throw deadline.signal.reason;
        // The outbound policy will refuse the same address again.
        if (OutboundRequestRefusedError.isInstance(error)) throw error;
        const delay = backoff(attempt);
        if (!canRetry || attempt >= maxAttempts || delay >= deadline.remainingMs()) throw error;
        await sleep(delay, deadline.signal);
        continue;
      }
      if (!canRetry || attempt >= maxAttempts || !retryableStatuses.has(response.status)) {
        return { response, attempts: attempt };
      }
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      const delay = retryAfterMs ?? backoff(attempt);
      if ((retryAfterMs !== undefined && retryAfterMs > maxDelayMs) || delay >= deadline.remainingMs()) {
        return { response, attempts: attempt };
      }
      await response.body?.cancel().catch(() => undefined);
      await sleep(delay, deadline.signal);
    }
  } finally {
    if (!given) deadline.dispose();
  }
}

function sendWithFetch(url: URL, init: RequestInit): Promise<Response> {
  return globalThis.fetch(url, init);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
