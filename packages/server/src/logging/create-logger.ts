import { type DestinationStream, type Logger, pino } from 'pino';
import { formatLogLine } from './format-log-line.ts';

export type { Logger } from 'pino';

/** The levels `LOG_LEVEL` accepts. */
const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * The server's logger (pino): JSON lines when `NODE_ENV=production`, one readable line per entry
 * otherwise; level from `LOG_LEVEL` (default `info`). Nothing that could hold a secret is ever
 * logged: the request log records the route pattern, never headers, query strings or bodies, and
 * the `redact` paths below are a second guard for fields someone adds later.
 *
 * @example
 * const logger = createLogger({ env: process.env });
 * logger.info({ requestId }, 'started');
 */
export function createLogger({
  env = process.env,
  write,
}: {
  env?: Record<string, string | undefined>;
  /** Where lines go; default stdout. */
  write?: (line: string) => void;
} = {}): Logger {
  const level = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!LEVELS.has(level)) {
    throw new Error(`LOG_LEVEL must be one of ${[...LEVELS].join(', ')}, not '${env.LOG_LEVEL}'.`);
  }
  const json = env.NODE_ENV === 'production';
  const output = write ?? ((line: string) => process.stdout.write(line));
  const destination: DestinationStream = {
    write: json ? (line) => output(line) : (line) => output(`${formatLogLine(line)}\n`),
  };
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'authorization',
          'cookie',
          'headers',
          'credentials',
          'apiKey',
          'token',
          'password',
          '*.authorization',
          '*.cookie',
          '*.credentials',
          '*.apiKey',
          '*.token',
          '*.password',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
