import { HttpError } from './api-error.ts';
import { readBoundedBody } from './read-bounded-body.ts';

/**
 * Reads a JSON object body of at most `maxBytes`; an empty body is `{}`. Anything else is a 400
 * (or 413) HttpError that says what was wrong.
 *
 * @example
 * const body = await readJsonBody(context.req.raw, 1024 * 1024);
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const text = await readBoundedBody(request, maxBytes);
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
