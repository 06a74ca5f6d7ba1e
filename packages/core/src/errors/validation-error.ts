import { ToolRouterError } from './tool-router-error.ts';

const name = 'ValidationError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** Bad input to a toolrouter call. `field` names the offending key or path. */
export class ValidationError extends ToolRouterError {
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
    super({ name, code: 'VALIDATION_ERROR', message: message, cause });
    this.field = field;
  }

  static override isInstance(error: unknown): error is ValidationError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
