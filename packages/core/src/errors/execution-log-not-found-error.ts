import { ToolRouterError } from './tool-router-error.ts';

const name = 'ExecutionLogNotFoundError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** An execution log id (`log_...`) that does not exist. */
export class ExecutionLogNotFoundError extends ToolRouterError {
  private readonly [symbol] = true;
  readonly logId: string;

  constructor({ logId, message, cause }: { logId: string; message?: string; cause?: unknown }) {
    super({
      name,
      code: 'EXECUTION_LOG_NOT_FOUND',
      message:
        message ??
        `Execution log '${logId}' does not exist. Find log ids with router.logs.list() (or the logId of an execute result).`,
      cause,
    });
    this.logId = logId;
  }

  static override isInstance(error: unknown): error is ExecutionLogNotFoundError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
