import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { ExecutionLogEntry } from './execution-log-writer.ts';

export type { ExecutionLogEntry } from './execution-log-writer.ts';

/** Records one execution and returns its `log_` id; its arguments and result are kept redacted (see `logPayloadText`). */
export async function writeExecutionLog(runtime: RouterRuntime, entry: ExecutionLogEntry): Promise<string> {
  return runtime.logWriter.write(entry);
}
