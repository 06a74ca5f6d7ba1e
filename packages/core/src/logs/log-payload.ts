import { redactSecrets } from '../execution/read-response.ts';

/**
 * A tool call's arguments or result as an execution log keeps it: the redacted value, or, when its
 * JSON text was larger than the cap, the start of that text (`preview`) and its whole size.
 */
export type LogPayload =
  | { truncated: false; value: unknown }
  | { truncated: true; preview: string; bytes: number };

/** What execution logs keep of arguments and results: `false` keeps nothing. */
export type LogPayloadSettings = { maxBytes: number } | false;

/** The default cap of one logged argument or result, in bytes of JSON text. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024;

const REDACTED = '[REDACTED]';

/**
 * Keys whose values are masked wherever they appear (any depth, any case, `-`/`_` ignored): what
 * holds credentials in requests and answers. Keys ending in `token` are masked too (`access_token`,
 * `id_token`, `x-auth-token`, `page_token`); `max_tokens` is not.
 */
const SECRET_KEY_PARTS = [
  'authorization',
  'password',
  'passwd',
  'passphrase',
  'secret',
  'apikey',
  'cookie',
  'credential',
  'privatekey',
  'accesskey',
  'signature',
];

/** Answers per key seen: results repeat the same few keys, and this runs for every value logged. */
const secretKeyCache = new Map<string, boolean>();
const SECRET_KEY_CACHE_SIZE = 5_000;

/** Whether a key names a secret (masked in logged payloads). */
export function isSecretKey(key: string): boolean {
  const cached = secretKeyCache.get(key);
  if (cached !== undefined) return cached;
  const normalized = key.toLowerCase().replace(/[-_\s]/g, '');
  const secret = normalized.endsWith('token') || SECRET_KEY_PARTS.some((part) => normalized.includes(part));
  if (secretKeyCache.size >= SECRET_KEY_CACHE_SIZE) secretKeyCache.clear();
  secretKeyCache.set(key, secret);
  return secret;
}

/**
 * The stored text of one payload: values under secret-looking keys masked, the account's
 * credential values (and their encoded forms) replaced, then cut to `maxBytes` of JSON text.
 * Redacted before it is cut, so a cut never leaves part of a secret behind.
 *
 * @example
 * logPayloadText({ q: 'x', password: 'hunter2' }, { secrets: [], maxBytes: 16_384 });
 * // '{"truncated":false,"value":{"q":"x","password":"[REDACTED]"}}'
 */
export function logPayloadText(
  value: unknown,
  { secrets, maxBytes }: { secrets: readonly string[]; maxBytes: number },
): string {
  let text: string;
  try {
    // A replacer makes JSON.stringify about 5 times slower: only pay for it when a key needs masking.
    text =
      (hasSecretKey(value)
        ? JSON.stringify(value ?? null, (key, inner: unknown) =>
            key !== '' && inner !== null && inner !== undefined && isSecretKey(key) ? REDACTED : inner,
          )
        : JSON.stringify(value ?? null)) ?? 'null';
  } catch (error) {
    text = JSON.stringify(`[not serializable: ${(error as Error).message}]`);
  }
  if (secrets.length > 0) text = redactSecrets(text, secrets);
  const bytes = Buffer.byteLength(text);
  if (bytes <= maxBytes) return `{"truncated":false,"value":${text}}`;
  return JSON.stringify({ truncated: true, preview: cutToBytes(text, maxBytes), bytes } satisfies LogPayload);
}

/** The longest start of `text` that is at most `maxBytes` of UTF-8, never half a character. */
function cutToBytes(text: string, maxBytes: number): string {
  // A character is at least one byte, so the first maxBytes characters hold the answer.
  const start = text.slice(0, maxBytes);
  if (Buffer.byteLength(start) <= maxBytes) return start;
  const cut = Buffer.from(start).subarray(0, maxBytes).toString('utf8');
  // Decoding a cut multi-byte character leaves a replacement character at the end.
  return cut.endsWith('\uFFFD') && !start.startsWith(cut) ? cut.slice(0, -1) : cut;
}

/** Whether any object inside `value` has a secret-looking key (with a value worth masking). */
function hasSecretKey(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((item) => hasSecretKey(item, seen));
  // Keys, then each value: what `Object.entries` reads, without an array per key.
  for (const key of Object.keys(value)) {
    const inner: unknown = (value as Record<string, unknown>)[key];
    if (inner !== null && inner !== undefined && isSecretKey(key)) return true;
    if (hasSecretKey(inner, seen)) return true;
  }
  return false;
}

/** Arguments as the tool got them: a JSON string is parsed (so its keys are masked too). */
export function parsedArguments(args: unknown): unknown {
  if (typeof args !== 'string') return args;
  try {
    return JSON.parse(args);
  } catch {
    return args;
  }
}

/** A stored payload column back as a `LogPayload`; null when nothing was kept. */
export function readLogPayload(text: string | null | undefined): LogPayload | null {
  return text === null || text === undefined ? null : (JSON.parse(text) as LogPayload);
}
