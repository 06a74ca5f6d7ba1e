import { AsyncLocalStorage } from 'node:async_hooks';

/** What the request log records about the request being handled, filled in as it is learned. */
export interface RequestLogFields {
  requestId: string;
  sessionId?: string;
  userId?: string;
  toolSlug?: string;
}

const storage = new AsyncLocalStorage<RequestLogFields>();

/** Runs `callback` with `fields` as the current request's log fields. */
export function runWithRequestContext<T>(fields: RequestLogFields, callback: () => T): T {
  return storage.run(fields, callback);
}

/** The current request's log fields, if a request is being handled. */
export function currentRequestContext(): RequestLogFields | undefined {
  return storage.getStore();
}

/**
 * Adds what a route learned (session, user, tool) to the current request's log line. Outside a
 * logged request it does nothing.
 *
 * @example
 * annotateRequest({ sessionId: session.sessionId, userId: session.userId });
 */
export function annotateRequest(fields: Omit<Partial<RequestLogFields>, 'requestId'>): void {
  const current = storage.getStore();
  if (!current) return;
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value) (current as unknown as Record<string, string>)[key] = value;
  }
}
