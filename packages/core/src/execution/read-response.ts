import type { UpstreamBody, UpstreamResponse } from '../outbound/upstream-response.ts';

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
  response: UpstreamResponse,
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
 * Replaces every occurrence of each secret (and its JSON-escaped, URL-encoded, base64,
 * base64url and hex forms) with `[REDACTED]`.
 *
 * @example
 * redactSecrets('{"echo":"tok_12345"}', ['tok_12345']); // '{"echo":"[REDACTED]"}'
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return redactForms(text, secretForms(secrets));
}

/** Each secret's raw, JSON-escaped and URL-encoded forms, longest first. */
function secretForms(secrets: readonly string[]): readonly string[] {
  if (secrets.length === 0) return [];
  // The same account's secrets come back call after call (for the answer, then for its log). One
  // secret (an API key, a token) is its own key, in a map of its own; a list is keyed by its JSON.
  const single = secrets.length === 1 && typeof secrets[0] === 'string';
  const cache = single ? recentSingleSecretForms : recentSecretForms;
  const key = single ? (secrets[0] as string) : JSON.stringify(secrets);
  const known = cache.get(key);
  if (known) return known;
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < minimumSecretLength) continue;
    for (const form of formsOf(secret)) forms.add(form);
  }
  // Longest first, so a secret inside another secret does not break the longer one's redaction.
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  remember(cache, key, sorted);
  return sorted;
}

/**
 * The forms of recently used secrets (the same account's key call after call), kept like the
 * cipher's recent decryptions: in this process's memory only, 1,024 at most, oldest dropped first.
 */
const recentForms = new Map<string, readonly string[]>();
/** The same for whole lists of secrets, merged and sorted. */
const recentSecretForms = new Map<string, readonly string[]>();
/** The same for a list of one secret, keyed by the secret itself. */
const recentSingleSecretForms = new Map<string, readonly string[]>();

function remember(cache: Map<string, readonly string[]>, key: string, forms: readonly string[]): void {
  cache.set(key, forms);
  if (cache.size > 1024) cache.delete(cache.keys().next().value!);
}

function formsOf(secret: string): readonly string[] {
  const known = recentForms.get(secret);
  if (known) return known;
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  const forms = [
    secret,
    jsonEscaped,
    jsonEscaped.replaceAll('/', '\\/'),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    ...encodedForms(secret),
  ];
  remember(recentForms, secret, forms);
  return forms;
}

/** Secrets at least this long are also looked for base64-, base64url- and hex-encoded. */
const minimumEncodedSecretLength = 8;

/**
 * The hex (both cases) and base64/base64url forms of a secret. Inside a longer base64 text (a
 * Basic token, a JWT, a data URL) a secret's encoding depends on where it starts modulo 3 bytes, so
 * for each of the three alignments the part that encodes the same wherever the secret sits is taken
 * (at most two bytes short at either end).
 */
function encodedForms(secret: string): string[] {
  if (secret.length < minimumEncodedSecretLength) return [];
  const bytes = Buffer.from(secret, 'utf8');
  const hex = bytes.toString('hex');
  const forms = [hex, hex.toUpperCase()];
  for (let offset = 0; offset < 3; offset++) {
    const aligned = bytes.subarray(offset);
    const whole = aligned.subarray(0, aligned.length - (aligned.length % 3));
    const base64 = whole.toString('base64');
    if (base64.length < minimumEncodedSecretLength) continue;
    forms.push(base64, whole.toString('base64url'));
  }
  // The secret encoded alone, with padding, as an API that base64-encodes a value returns it.
  forms.push(bytes.toString('base64'), bytes.toString('base64url'));
  return forms;
}

function redactForms(text: string, forms: readonly string[]): string {
  let result = text;
  for (const form of forms) {
    if (result.includes(form)) result = result.replaceAll(form, redacted);
  }
  return result;
}

function readText(response: UpstreamResponse, maxBytes: number): Promise<{ text: string; cut: boolean }> {
  if (response.body === null) return Promise.resolve({ text: '', cut: false });
  // A declared length within the limit of a body sent as it is (no content coding, whose decoded
  // size the length does not bound) is read in one go; fetch fails a body longer than declared.
  // (One `then`, not an async frame: this is every answer's path.)
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const coding = response.headers.get('content-encoding');
  if (declared <= maxBytes && (coding === null || coding === 'identity')) {
    return response.text().then((text) => ({ text, cut: false }));
  }
  return readStream(response.body, maxBytes);
}

async function readStream(body: UpstreamBody, maxBytes: number): Promise<{ text: string; cut: boolean }> {
  const reader = body.getReader();
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
