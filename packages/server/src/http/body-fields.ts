import { HttpError } from './api-error.ts';

/** Reads a required string field of a JSON body; a missing or non-string value is a 400. */
export function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw new HttpError({
      status: 400,
      code: 'VALIDATION_ERROR',
      field,
      message: `Field '${field}' (a non-empty string) is required.`,
    });
  }
  return value;
}

/** Reads an optional string field of a JSON body; a non-string value is a 400. */
export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new HttpError({
      status: 400,
      code: 'VALIDATION_ERROR',
      field,
      message: `Field '${field}' must be a string.`,
    });
  }
  return value;
}

/** Reads an optional object field of a JSON body; anything but an object is a 400. */
export function objectField(
  body: Record<string, unknown>,
  field: string,
): Record<string, unknown> | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpError({
      status: 400,
      code: 'VALIDATION_ERROR',
      field,
      message: `Field '${field}' must be an object.`,
    });
  }
  return value as Record<string, unknown>;
}

/** Reads an optional array-of-strings field of a JSON body. */
export function stringArrayField(body: Record<string, unknown>, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new HttpError({
      status: 400,
      code: 'VALIDATION_ERROR',
      field,
      message: `Field '${field}' must be an array of strings.`,
    });
  }
  return value as string[];
}

/** Reads an optional integer field of a JSON body. */
export function integerField(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value)) {
    throw new HttpError({
      status: 400,
      code: 'VALIDATION_ERROR',
      field,
      message: `Field '${field}' must be an integer.`,
    });
  }
  return value as number;
}
