import { ToolRouterError } from './tool-router-error.ts';

const name = 'SessionNotFoundError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** A session id that does not exist. */
export class SessionNotFoundError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly sessionId: string;

  constructor({
    sessionId,
    message,
    cause,
  }: {
    sessionId: string;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'SESSION_NOT_FOUND',
      message:
        message ??
        `Session '${sessionId}' does not exist (or was deleted). Create one with router.create(userId, config).`,
      cause,
    });
    this.sessionId = sessionId;
  }

  static override isInstance(error: unknown): error is SessionNotFoundError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
