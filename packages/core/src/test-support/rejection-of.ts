import { expect } from 'vitest';

/**
 * What `promise` rejects with, checked by `isExpected` (the test fails, showing the value, when it
 * resolves or rejects with something else).
 *
 * @example
 * const error = await rejectionOf(outbound(url), OutboundRequestRefusedError.isInstance);
 * expect(error.reason).toBe('metadata');
 */
export async function rejectionOf<T>(
  promise: Promise<unknown>,
  isExpected: (error: unknown) => error is T,
): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isExpected(error), String(error)).toBe(true);
  return error as T;
}
