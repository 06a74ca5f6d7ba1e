/**
 * Decodes a Gmail `raw` field (base64url RFC 2822 text) into its headers (unfolded, RFC 2047 words
 * decoded, keyed by lower-case name) and its base64-decoded body, for assertions.
 *
 * @example
 * const { headers, body } = decodeRawMessage(api.requests[0].json.raw);
 */
export function decodeRawMessage(raw: string) {
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  const head = text.slice(0, split).replace(/\r\n[ \t]/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line
      .slice(colon + 1)
      .trim()
      .replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/gi, (_word, encoded: string) =>
        Buffer.from(encoded, 'base64').toString('utf8'),
      );
  }
  const encodedBody = text.slice(split + 4);
  const body = Buffer.from(encodedBody.replace(/\r\n/g, ''), 'base64').toString('utf8');
  return { text, headers, body, encodedBody };
}
