const marker = 'toolrouter.error';
const symbol = Symbol.for(marker);

/**
 * The root of every error toolrouter throws. Check with `ToolRouterError.isInstance(error)` (or the
 * subclass's `isInstance`), which works across duplicated package copies, unlike `instanceof`.
 *
 * @example
 * try { await router.sessions.use('ses_missing'); }
 * catch (error) { if (SessionNotFoundError.isInstance(error)) { ... } }
 */
export class ToolRouterError extends Error {
  private readonly [symbol] = true;
  /** Stable machine-readable code, e.g. `SESSION_NOT_FOUND`. */
  readonly code: string;

  constructor({
    name,
    code,
    message,
    cause,
  }: { name: string; code: string; message: string; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    this.code = code;
  }

  static isInstance(error: unknown): error is ToolRouterError {
    return ToolRouterError.hasMarker(error, marker);
  }

  protected static hasMarker(error: unknown, markerName: string): boolean {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[Symbol.for(markerName)] === true
    );
  }
}
