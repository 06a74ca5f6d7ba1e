import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { payloadTooLargeError } from './read-bounded-body.ts';

/**
 * Bounds request bodies at `maxBytes` (413 PAYLOAD_TOO_LARGE). A body with a Content-Length is
 * judged by that header alone, before anything is read: the HTTP layer delivers exactly that many
 * bytes (Node's parser ends the body there), so the body is left for the route to read directly.
 * Only a streamed body (no Content-Length, or chunked) goes through Hono's `bodyLimit`, which counts
 * it while reading. Judging every request that way cost the REST path a web `ReadableStream` and a
 * second `Request` per call (Hono's middleware asks for `request.body` before it looks at the header).
 *
 * @example
 * app.use('*', limitBody(1024 * 1024));
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const streamed = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw payloadTooLargeError(maxBytes);
    },
  });
  return async function limitBodyMiddleware(context, next) {
    const method = context.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const headers = context.req.raw.headers;
    const declared = headers.get('content-length');
    if (declared !== null && !headers.has('transfer-encoding')) {
      if (Number.parseInt(declared, 10) > maxBytes) throw payloadTooLargeError(maxBytes);
      return next();
    }
    return streamed(context, next);
  };
}
