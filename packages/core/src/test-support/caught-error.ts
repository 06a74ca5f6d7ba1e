/**
 * The error `call` throws, when `isExpected` says it is the expected kind; any other error is thrown
 * again, and a call that throws nothing fails the test, naming `expected`.
 *
 * @example
 * const error = caughtError(() => validate(input), ValidationError.isInstance, 'a ValidationError');
 * expect(error.field).toBe('toolkits');
 */
export function caughtError<T>(
  call: () => unknown,
  isExpected: (error: unknown) => error is T,
  expected: string,
): T {
  try {
    call();
  } catch (error) {
    if (isExpected(error)) return error;
    throw error;
  }
  throw new Error(`expected ${expected}`);
}
