import { ToolRouterError } from './tool-router-error.ts';

const name = 'ToolkitNotFoundError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A toolkit slug the router does not know. */
export class ToolkitNotFoundError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly toolkit: string;
  readonly suggestions: string[];

  constructor({
    toolkit,
    suggestions,
    message,
    cause,
  }: {
    toolkit: string;
    suggestions: string[];
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'TOOLKIT_NOT_FOUND', message: message, cause });
    this.toolkit = toolkit;
    this.suggestions = suggestions;
  }

  static override isInstance(error: unknown): error is ToolkitNotFoundError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
