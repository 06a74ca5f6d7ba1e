import { ValidationError } from '../errors/validation-error.ts';
import { DEFAULT_MAX_PAYLOAD_BYTES, type LogPayloadSettings } from './log-payload.ts';

/** The `logs` option of `ToolRouterOptions`. */
export interface LogsOptions {
  /**
   * Keep each call's arguments and result with its execution log (redacted and capped). Default
   * `TOOLROUTER_LOG_PAYLOADS` (`on`/`off`), else on.
   */
  payloads?: boolean;
  /** Bytes of JSON text kept per argument set or result; longer ones keep their start. Default 16 384. */
  maxPayloadBytes?: number;
}

/**
 * Whether and how much of arguments and results execution logs keep, from the `logs` option, else
 * `TOOLROUTER_LOG_PAYLOADS`.
 *
 * @example
 * resolveLogPayloads(undefined, { TOOLROUTER_LOG_PAYLOADS: 'off' }); // false
 */
export function resolveLogPayloads(
  options: LogsOptions | undefined,
  env: Record<string, string | undefined>,
): LogPayloadSettings {
  const maxBytes = options?.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    throw new ValidationError({
      field: 'logs.maxPayloadBytes',
      message: `logs.maxPayloadBytes must be a positive integer (bytes), not '${maxBytes}'.`,
    });
  }
  if (options?.payloads !== undefined) return options.payloads ? { maxBytes } : false;
  const text = env.TOOLROUTER_LOG_PAYLOADS?.trim().toLowerCase();
  if (text === undefined || text === '' || ['on', 'true', '1'].includes(text)) return { maxBytes };
  if (['off', 'false', '0'].includes(text)) return false;
  throw new ValidationError({
    field: 'TOOLROUTER_LOG_PAYLOADS',
    message: `TOOLROUTER_LOG_PAYLOADS must be 'on' or 'off', not '${env.TOOLROUTER_LOG_PAYLOADS}'.`,
  });
}
