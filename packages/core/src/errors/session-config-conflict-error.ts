import { ToolRouterError } from './tool-router-error.ts';

const name = 'SessionConfigConflictError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** session.update() with an expectedConfigVersion that is no longer current. */
export class SessionConfigConflictError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly sessionId: string;
  readonly expectedConfigVersion: number;
  readonly actualConfigVersion: number;

  constructor({
    sessionId,
    expectedConfigVersion,
    actualConfigVersion,
    message,
    cause,
  }: {
    sessionId: string;
    expectedConfigVersion: number;
    actualConfigVersion: number;
    message?: string;
    cause?: unknown;
  }) {
    super({
      name,
      code: 'SESSION_CONFIG_CONFLICT',
      message:
        message ??
        `Session '${sessionId}' is at config version ${actualConfigVersion}, not ${expectedConfigVersion}: another update landed first. Read the session again and retry.`,
      cause,
    });
    this.sessionId = sessionId;
    this.expectedConfigVersion = expectedConfigVersion;
    this.actualConfigVersion = actualConfigVersion;
  }

  static override isInstance(error: unknown): error is SessionConfigConflictError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
