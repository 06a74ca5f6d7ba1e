import { HttpError } from './api-error.ts';

/** A comma-separated list query parameter (`?toolkits=github,gmail`), or undefined when absent. */
export function listParameter(url: URL, name: string): string[] | undefined {
  const values = url.searchParams.getAll(name);
  if (values.length === 0) return undefined;
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** `true`/`false` query parameter, or undefined when absent; anything else is a 400. */
export function booleanParameter(url: URL, name: string): boolean | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new HttpError({
    status: 400,
    code: 'VALIDATION_ERROR',
    field: name,
    message: `Query parameter '${name}' must be true or false.`,
  });
}

/** An integer query parameter, or undefined when absent; anything else is a 400. */
export function integerParameter(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (!/^-?\d+$/.test(value)) {
    throw new HttpError({
      status: 400,
      code: 'VALIDATION_ERROR',
      field: name,
      message: `Query parameter '${name}' must be an integer.`,
    });
  }
  return Number(value);
}

/** A string query parameter, or undefined when absent or empty. */
export function stringParameter(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  return value === null || value === '' ? undefined : value;
}
