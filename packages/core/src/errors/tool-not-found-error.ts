import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ToolNotFoundError';

/** A tool slug the router does not know, or one the session does not allow. */
export class ToolNotFoundError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ToolNotFoundError>(name);
  declare readonly toolSlug: string;
  declare readonly suggestions: string[];

  constructor(
    options: ToolRouterErrorOptions & { toolSlug: string; suggestions: string[]; message: string },
  ) {
    const { toolSlug, suggestions, message, cause } = options;
    super({ name, code: 'TOOL_NOT_FOUND', message, cause, fields: { toolSlug, suggestions } });
  }
}
