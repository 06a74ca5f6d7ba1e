import { ToolRouterError } from './tool-router-error.ts';

const name = 'InvalidToolArgumentsError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** Tool arguments that do not match the tool's input schema; `issues` name each field. */
export class InvalidToolArgumentsError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly toolSlug: string;
  readonly issues: Array<{ field: string; message: string }>;

  constructor({
    toolSlug,
    issues,
    message,
    cause,
  }: {
    toolSlug: string;
    issues: Array<{ field: string; message: string }>;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'INVALID_TOOL_ARGUMENTS', message: message, cause });
    this.toolSlug = toolSlug;
    this.issues = issues;
  }

  static override isInstance(error: unknown): error is InvalidToolArgumentsError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
