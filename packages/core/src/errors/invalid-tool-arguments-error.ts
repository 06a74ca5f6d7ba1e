import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'InvalidToolArgumentsError';

/** Tool arguments that do not match the tool's input schema; `issues` name each field. */
export class InvalidToolArgumentsError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<InvalidToolArgumentsError>(name);
  declare readonly toolSlug: string;
  declare readonly issues: Array<{ field: string; message: string }>;

  constructor(
    options: ToolRouterErrorOptions & {
      toolSlug: string;
      issues: Array<{ field: string; message: string }>;
      message: string;
    },
  ) {
    const { toolSlug, issues, message, cause } = options;
    super({ name, code: 'INVALID_TOOL_ARGUMENTS', message, cause, fields: { toolSlug, issues } });
  }
}
