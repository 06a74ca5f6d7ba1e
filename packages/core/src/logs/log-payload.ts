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

/** Whether a key names a secret (masked in logged payloads). */
export function isSecretKey(key: string): boolean {
  const normalized = key.toLowerCase().replace(/[-_\s]/g, '');
  return normalized.endsWith('token') || SECRET_KEY_PARTS.some((part) => normalized.includes(part));
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
    text =
      JSON.stringify(value ?? null, (key, inner: unknown) =>
        key !== '' && inner !== null && inner !== undefined && isSecretKey(key) ? REDACTED : inner,
      ) ?? 'null';
  } catch (error) {
    text = JSON.stringify(`[not serializable: ${(error as Error).message}]`);
  }
  if (secrets.length > 0) text = redactSecrets(text, secrets);
  const bytes = Buffer.byteLength(text);
  if (bytes <= maxBytes) return `{"truncated":false,"value":${text}}`;
  // Cut at a character boundary: decoding a cut multi-byte character would add a replacement char.
  const preview = Buffer.from(text)
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return JSON.stringify({ truncated: true, preview, bytes } satisfies LogPayload);
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
