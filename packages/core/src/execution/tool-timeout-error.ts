import { ToolRouterError, type ToolRouterErrorOptions } from '../errors/tool-router-error.ts';

const name = 'ToolTimeoutError';

/**
 * A tool call (all its attempts and reading the answer) did not finish within its time budget.
 *
 * @example
 * try { await sendWithRetry(request, { timeoutMs: 5_000 }); }
 * catch (error) { if (ToolTimeoutError.isInstance(error)) console.log(error.timeoutMs); }
 */
export class ToolTimeoutError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<ToolTimeoutError>(name);
  declare readonly timeoutMs: number;
  declare readonly toolSlug: string | undefined;

  constructor(options: ToolRouterErrorOptions & { timeoutMs: number; toolSlug?: string }) {
    const { timeoutMs, toolSlug, cause } = options;
    const message =
      options.message ??
      `${toolSlug ?? 'The tool call'} did not finish within ${timeoutMs} ms. Try again later, or ask for less data at once.`;
    super({ name, code: 'TOOL_TIMEOUT', message, cause, fields: { timeoutMs, toolSlug } });
  }
}
