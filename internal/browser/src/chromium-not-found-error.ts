const MARKER = Symbol.for('toolrouter.error.ChromiumNotFoundError');

/**
 * No Chromium the browser tests can start: the message is one line that says what to install (or
 * which `CHROMIUM_PATH` is wrong). The browser suites fail with it; they never skip.
 */
export class ChromiumNotFoundError extends Error {
  readonly [MARKER] = true;

  constructor({ message, cause }: { message: string; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ChromiumNotFoundError';
  }

  /** True for a ChromiumNotFoundError from any copy of this package. */
  static isInstance(value: unknown): value is ChromiumNotFoundError {
    return typeof value === 'object' && value !== null && MARKER in value;
  }
}
