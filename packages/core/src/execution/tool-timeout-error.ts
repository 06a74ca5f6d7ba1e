import { ToolRouterError } from '../errors/tool-router-error.ts';

const name = 'ToolTimeoutError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * A tool call (all its attempts and reading the answer) did not finish within its time budget.
 *
 * @example
 * try { await sendWithRetry(request, { timeoutMs: 5_000 }); }
 * catch (error) { if (ToolTimeoutError.isInstance(error)) console.log(error.timeoutMs); }
 */
export class ToolTimeoutError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly timeoutMs: number;
  readonly toolSlug: string | undefined;

  constructor({
    timeoutMs,
    toolSlug,
    message,
    cause,
  }: {
    timeoutMs: number;
    toolSlug?: string;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'TOOL_TIMEOUT',
      message:
        message ??
        `${toolSlug ?? 'The tool call'} did not finish within ${timeoutMs} ms. Try again later, or ask for less data at once.`,
      cause,
    });
    this.timeoutMs = timeoutMs;
    this.toolSlug = toolSlug;
  }

  static override isInstance(error: unknown): error is ToolTimeoutError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
