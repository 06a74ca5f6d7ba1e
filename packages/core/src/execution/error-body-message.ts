/** The longest raw-text error body kept as a message. */
const MAX_TEXT_LENGTH = 500;

/**
 * The human message of an API's error answer, in the shapes common APIs use (`message`,
 * `error.message`, `error_description`, `error`, `errors[0].message`, `detail`, `title`), trimmed;
 * a plain-text body is its own message (its first 500 characters). `undefined` when there is none.
 *
 * @example
 * errorBodyMessage({ error: { message: 'Bad credentials' } }); // 'Bad credentials'
 */
export function errorBodyMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, MAX_TEXT_LENGTH) || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, any>;
  const candidates = [
    record.message,
    record.error?.message,
    record.error_description,
    record.error,
    record.errors?.[0]?.message,
    record.detail,
    record.title,
  ];
  const found = candidates.find((value) => typeof value === 'string' && value.trim() !== '');
  return found?.trim();
}
