import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'SessionConfigConflictError';

/** session.update() with an expectedConfigVersion that is no longer current. */
export class SessionConfigConflictError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<SessionConfigConflictError>(name);
  declare readonly sessionId: string;
  declare readonly expectedConfigVersion: number;
  declare readonly actualConfigVersion: number;

  constructor(
    options: ToolRouterErrorOptions & {
      sessionId: string;
      expectedConfigVersion: number;
      actualConfigVersion: number;
    },
  ) {
    const { sessionId, expectedConfigVersion, actualConfigVersion, cause } = options;
    const message =
      options.message ??
      `Session '${sessionId}' is at config version ${actualConfigVersion}, not ${expectedConfigVersion}: another update landed first. Read the session again and retry.`;
    const fields = { sessionId, expectedConfigVersion, actualConfigVersion };
    super({ name, code: 'SESSION_CONFIG_CONFLICT', message, cause, fields });
  }
}
