import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'SessionNotFoundError';

/** A session id that does not exist. */
export class SessionNotFoundError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<SessionNotFoundError>(name);
  declare readonly sessionId: string;

  constructor({ sessionId, message, cause }: ToolRouterErrorOptions & { sessionId: string }) {
    message ??= `Session '${sessionId}' does not exist (or was deleted). Create one with router.create(userId, config).`;
    super({ name, code: 'SESSION_NOT_FOUND', message, cause, fields: { sessionId } });
  }
}
