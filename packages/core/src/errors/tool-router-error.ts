const marker = 'toolrouter.error';
const symbol = Symbol.for(marker);

/**
 * What a caller passes to any toolrouter error besides the error's own data, as in
 * `new SessionNotFoundError({ sessionId, message, cause })`.
 */
export interface ToolRouterErrorOptions {
  /** What went wrong and what to do next; optional where the error has a default message. */
  message?: string;
  /** The error that led to this one (kept as the standard `error.cause`). */
  cause?: unknown;
}

/** The `Name` a ToolRouterError subclass was declared with. */
type NameOf<T> = T extends ToolRouterError<infer Name> ? Name : never;

/**
 * The root of every error toolrouter throws. Check with `ToolRouterError.isInstance(error)` (or the
 * subclass's `isInstance`), which works across duplicated package copies, unlike `instanceof`.
 *
 * A subclass `extends ToolRouterError<typeof name>` and passes its `name`, `code` and data `fields`
 * to this constructor, which sets them and the subclass's marker `Symbol.for('toolrouter.error.<name>')`.
 * The subclass then only adds `static override readonly isInstance = ToolRouterError.guard<Subclass>(name)`
 * and its fields as `declare readonly` (a plain field would be reset to `undefined` after this
 * constructor set it).
 *
 * @example
 * try { await router.sessions.use('ses_missing'); }
 * catch (error) { if (SessionNotFoundError.isInstance(error)) { ... } }
 */
export class ToolRouterError<Name extends string = string> extends Error {
  private readonly [symbol] = true;
  /**
   * Type only (never set): tells apart two subclasses with the same fields (`ValidationError`,
   * `ConflictError`). Protected, not private, so published type declarations keep its type.
   */
  declare protected readonly brand: Name;
  /** Stable machine-readable code, e.g. `SESSION_NOT_FOUND`. */
  readonly code: string;

  constructor({
    name,
    code,
    message,
    cause,
    fields,
  }: {
    name: Name;
    code: string;
    message: string;
    cause?: unknown;
    /** The subclass's own data, set as own properties in this order (the server sends them as `details`). */
    fields?: object;
  }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    this.code = code;
    (this as Record<symbol, unknown>)[Symbol.for(`${marker}.${name}`)] = true;
    Object.assign(this, fields);
  }

  static isInstance(error: unknown): error is ToolRouterError {
    return ToolRouterError.hasMarker(error, marker);
  }

  /**
   * The `isInstance` check of the subclass named `name`: true for errors that carry its marker
   * `Symbol.for('toolrouter.error.<name>')`, whichever copy of the package made them. It needs no
   * `this`, so it can be passed around (`errors.filter(SessionNotFoundError.isInstance)`).
   */
  protected static guard<T extends ToolRouterError>(name: NameOf<T>): (error: unknown) => error is T {
    const subclassMarker = `${marker}.${name}`;
    return function isInstance(error: unknown): error is T {
      return ToolRouterError.hasMarker(error, subclassMarker);
    };
  }

  protected static hasMarker(error: unknown, markerName: string): boolean {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[Symbol.for(markerName)] === true
    );
  }
}
