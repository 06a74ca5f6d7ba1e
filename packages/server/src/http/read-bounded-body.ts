import { HttpError } from './api-error.ts';

/**
 * Reads a request body as text, failing with a 413 HttpError as soon as it is known to exceed
 * `maxBytes` (from Content-Length, or while streaming a body that has none or lies about it).
 * For the MCP endpoint and the connect form, which read the body only after their own checks; the
 * REST API bounds bodies with `limitBody` before its routes read them.
 *
 * @example
 * const text = await readBoundedBody(request, 1024 * 1024);
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => payloadTooLargeError(maxBytes);
  const declared = request.headers.get('content-length');
  if (declared !== null && !request.headers.has('transfer-encoding')) {
    if (Number.parseInt(declared, 10) > maxBytes) throw tooLarge();
    // The HTTP layer delivers exactly the declared bytes: read them in one go (on Node, straight
    // from the socket's stream, without a web ReadableStream in between).
    const text = await request.text();
    if (text.length > maxBytes) throw tooLarge();
    return text;
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The 413 of a body over `maxBytes` (REST API, MCP, connect forms alike).
 *
 * @example
 * throw payloadTooLargeError(1024 * 1024);
 */
export function payloadTooLargeError(maxBytes: number): HttpError {
  return new HttpError({
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than ${maxBytes} bytes.`,
  });
}
