import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'ToolkitNotFoundError';

/** A toolkit slug the router does not know. */
export class ToolkitNotFoundError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ToolkitNotFoundError>(name);
  declare readonly toolkit: string;
  declare readonly suggestions: string[];

  constructor(options: ToolRouterErrorOptions & { toolkit: string; suggestions: string[]; message: string }) {
    const { toolkit, suggestions, message, cause } = options;
    super({ name, code: 'TOOLKIT_NOT_FOUND', message, cause, fields: { toolkit, suggestions } });
  }
}
