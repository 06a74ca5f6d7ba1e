import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ConflictError';

/** A write that would break a uniqueness rule (an alias taken, a second default auth config). */
export class ConflictError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ConflictError>(name);
  declare readonly field: string | undefined;

  constructor({ field, message, cause }: ToolRouterErrorOptions & { field?: string; message: string }) {
    super({ name, code: 'CONFLICT', message, cause, fields: { field } });
  }
}
