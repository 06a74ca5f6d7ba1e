import { ToolRouterError } from './tool-router-error.ts';

const name = 'ConflictError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A write that would break a uniqueness rule (an alias taken, a second default auth config). */
export class ConflictError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly field: string | undefined;

  constructor({
    field,
    message,
    cause,
  }: {
    field?: string;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'CONFLICT', message: message, cause });
    this.field = field;
  }

  static override isInstance(error: unknown): error is ConflictError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
