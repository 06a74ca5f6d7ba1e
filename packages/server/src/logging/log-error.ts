import type { Logger } from 'pino';
import { currentRequestContext } from './request-context.ts';

/**
 * An `onError` that logs an unexpected error once, at `error`, with its stack and the request id
 * of the request it broke (the request's own line says `status: 500`).
 *
 * @example
 * createServer(router, { logger, onError: logUnexpectedError(logger) });
 */
export function logUnexpectedError(logger: Logger): (error: unknown) => void {
  return function reportUnexpectedError(error) {
    logger.error({ requestId: currentRequestContext()?.requestId, err: error }, 'unexpected error');
  };
}

/**
 * Logs a client's mistake reported from deep inside a library (the MCP SDK's `onerror`) as one
 * `warn` line with its message and request id, and no stack trace: a bad request is the client's
 * problem, and a flood of them must not flood the log.
 */
export function logClientError(logger: Logger): (error: unknown) => void {
  return function reportClientError(error) {
    logger.warn(
      {
        requestId: currentRequestContext()?.requestId,
        error: error instanceof Error ? error.message : String(error),
      },
      'bad request',
    );
  };
}
