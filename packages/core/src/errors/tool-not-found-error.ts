import { ToolRouterError } from './tool-router-error.ts';

const name = 'ToolNotFoundError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A tool slug the router does not know, or one the session does not allow. */
export class ToolNotFoundError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly toolSlug: string;
  readonly suggestions: string[];

  constructor({
    toolSlug,
    suggestions,
    message,
    cause,
  }: {
    toolSlug: string;
    suggestions: string[];
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'TOOL_NOT_FOUND', message: message, cause });
    this.toolSlug = toolSlug;
    this.suggestions = suggestions;
  }

  static override isInstance(error: unknown): error is ToolNotFoundError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
