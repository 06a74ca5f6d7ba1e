import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ValidationError';

/** Bad input to a toolrouter call. `field` names the offending key or path. */
export class ValidationError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ValidationError>(name);
  declare readonly field: string | undefined;

  constructor({ field, message, cause }: ToolRouterErrorOptions & { field?: string; message: string }) {
    super({ name, code: 'VALIDATION_ERROR', message, cause, fields: { field } });
  }
}
