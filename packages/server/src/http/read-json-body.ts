import { HttpError } from './api-error.ts';

/**
 * Reads a JSON object body; an empty body is `{}`. Anything else is a 400 HttpError that says what
 * was wrong. The size is bounded before this by the REST API's `limitBody` middleware.
 *
 * @example
 * const body = await readJsonBody(context.req.raw);
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError({
      status: 400,
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON.',
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpError({
      status: 400,
      code: 'INVALID_JSON',
      message: 'The request body must be a JSON object.',
    });
  }
  return value as Record<string, unknown>;
}
