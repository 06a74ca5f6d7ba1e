export interface ReadResponseOptions {
  /**
   * Credential values to replace with `[REDACTED]` before anything else reads the body, also in
   * their JSON-escaped and URL-encoded forms. Values shorter than 4 characters are ignored: they
   * cannot be hidden meaningfully and replacing them would shred every answer.
   */
  secrets?: string[];
  /** Bytes read at most; the rest is dropped with a note. Default 10 MiB. */
  maxBytes?: number;
}

const redacted = '[REDACTED]';
const minimumSecretLength = 4;
const binaryType = /^(?:image|audio|video|font)\/|^application\/(?:octet-stream|pdf|zip|gzip|x-tar)\b/i;

/**
 * Reads a response body for a tool result: JSON when the content type says JSON (or the text is
 * a JSON object or array), otherwise text; an empty body is `null`; binary content (images, PDFs,
 * archives) becomes a short description instead of bytes. Secrets are redacted first, so an
 * upstream that echoes a token never puts it into a result.
 *
 * @example
 * const data = await readResponse(response, { secrets: ['ghp_abc123'] });
 */
export async function readResponse(
  response: Response,
  { secrets = [], maxBytes = 10 * 1024 * 1024 }: ReadResponseOptions = {},
): Promise<unknown> {
  const contentType = response.headers.get('content-type') ?? '';
  if (binaryType.test(contentType)) {
    await response.body?.cancel().catch(() => undefined);
    const length = response.headers.get('content-length');
    return {
      content_type: contentType,
      size_bytes: length === null ? null : Number(length),
      note: 'Binary content is not returned to the model.',
    };
  }
  const forms = secretForms(secrets);
  const { text: raw, cut } = await readText(response, maxBytes);
  const whole = redactForms(raw, forms);
  // A cut can split a secret, which redaction then misses; drop the tail where such a piece could be.
  const text = cut ? whole.slice(0, Math.max(0, whole.length - (forms[0]?.length ?? 0))) : whole;
  if (text.trim() === '') return null;
  if (cut) return `${text}\n… [response cut after ${maxBytes} bytes]`;
  if (/\bjson\b|\+json\b/i.test(contentType) || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Replaces every occurrence of each secret (and its JSON-escaped and URL-encoded forms) with
 * `[REDACTED]`.
 *
 * @example
 * redactSecrets('{"echo":"tok_12345"}', ['tok_12345']); // '{"echo":"[REDACTED]"}'
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return redactForms(text, secretForms(secrets));
}

/** Each secret's raw, JSON-escaped and URL-encoded forms, longest first. */
function secretForms(secrets: readonly string[]): string[] {
  if (secrets.length === 0) return [];
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < minimumSecretLength) continue;
    const jsonEscaped = JSON.stringify(secret).slice(1, -1);
    forms.add(secret);
    forms.add(jsonEscaped);
    forms.add(jsonEscaped.replaceAll('/', '\\/'));
    forms.add(encodeURIComponent(secret));
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  }
  // Longest first, so a secret inside another secret does not break the longer one's redaction.
  return [...forms].sort((a, b) => b.length - a.length);
}

function redactForms(text: string, forms: readonly string[]): string {
  let result = text;
  for (const form of forms) {
    if (result.includes(form)) result = result.replaceAll(form, redacted);
  }
  return result;
}

async function readText(response: Response, maxBytes: number): Promise<{ text: string; cut: boolean }> {
  if (response.body === null) return { text: '', cut: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), cut: false };
    if (bytes + value.byteLength > maxBytes) {
      text += decoder.decode(value.subarray(0, maxBytes - bytes));
      await reader.cancel().catch(() => undefined);
      return { text, cut: true };
    }
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}
