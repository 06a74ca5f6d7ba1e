const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};

/** Fields printed in this order before the others. */
const LEADING = ['requestId', 'method', 'route', 'status', 'durationMs'];

/**
 * One pino JSON line as a readable development line:
 * `12:00:01.123 INFO  GET /mcp/:sessionId 200 4ms requestId=… sessionId=… toolSlug=…`.
 *
 * @example
 * formatLogLine('{"level":30,"time":0,"msg":"hello"}'); // '00:00:00.000 INFO  hello'
 */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const { level, time, msg, err, ...fields } = entry;
  const parts = [
    typeof time === 'number' ? new Date(time).toISOString().slice(11, 23) : '',
    LEVEL_NAMES[level as number] ?? String(level),
  ];
  if (fields.method !== undefined) {
    parts.push(`${fields.method} ${fields.route} ${fields.status} ${fields.durationMs}ms`);
  }
  if (typeof msg === 'string' && msg && fields.method === undefined) parts.push(msg);
  for (const [key, value] of Object.entries(fields)) {
    if (LEADING.includes(key) && key !== 'requestId') continue;
    if (value === undefined || value === null) continue;
    parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  let text = parts.filter(Boolean).join(' ');
  if (err && typeof err === 'object') {
    const { message, stack } = err as { message?: string; stack?: string };
    text += `\n  ${stack ?? message ?? JSON.stringify(err)}`.replaceAll('\n', '\n  ');
  }
  return text;
}
