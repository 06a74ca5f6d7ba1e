import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { Dispatcher } from 'undici';
import { decodeContent } from './decode-content.ts';
import type { UpstreamResponse } from './upstream-response.ts';

/**
 * An undici `request` answer as an `UpstreamResponse`, its body decoded as fetch decodes it (gzip,
 * deflate, brotli: then `content-encoding` and `content-length` read as absent, as they describe
 * the bytes on the wire). Header names are lower case there already; a repeated header reads
 * joined with ", " as `Headers.get` does. The body must be read or cancelled, as a fetch body must:
 * the connection serves the next request only after that.
 *
 * @throws Error when the answer names more than five content codings (its body is dropped).
 * @example
 * const response = upstreamResponseOf(await agent.request({ origin, path, method: 'GET' }));
 * response.headers.get('content-type'); // 'application/json'
 */
export function upstreamResponseOf({
  statusCode,
  statusText,
  headers,
  body,
}: Dispatcher.ResponseData): UpstreamResponse {
  const contentEncoding = headers['content-encoding'];
  let decoded: Readable | undefined;
  try {
    decoded = decodeContent(
      Array.isArray(contentEncoding) ? contentEncoding.join(',') : contentEncoding,
      body,
    );
  } catch (error) {
    body.dump().catch(() => undefined);
    throw error;
  }
  const hidden = decoded ? ['content-encoding', 'content-length'] : [];
  return {
    status: statusCode,
    statusText,
    ok: statusCode >= 200 && statusCode <= 299,
    headers: {
      get(name) {
        const key = name.toLowerCase();
        const value = hidden.includes(key) ? undefined : headers[key];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : value;
      },
    },
    body: {
      getReader() {
        const chunks = (decoded ?? body)[Symbol.asyncIterator]();
        return {
          read: async () => {
            const next = await chunks.next();
            return next.done ? { done: true } : { done: false, value: next.value as Uint8Array };
          },
          cancel: async () => {
            await chunks.return?.();
          },
        };
      },
      // Undecoded, a short rest is read and dropped so the connection serves the next request.
      cancel: async () => {
        if (decoded) decoded.destroy();
        else await body.dump();
      },
    },
    text: () => (decoded ? text(decoded) : body.text()),
  };
}
