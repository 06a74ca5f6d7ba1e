import { redactSecrets } from '../execution/read-response.ts';
import { trimForModel } from '../execution/trim-for-model.ts';

/**
 * Step 5, for an in-process handler: take every credential value out of what it returned, then trim
 * the result for the model. (HTTP results are redacted and trimmed as they are read.)
 */
export function redactHandlerResult(data: unknown, secrets: readonly string[], maxChars: number): unknown {
  const safe = secrets.length ? JSON.parse(redactSecrets(JSON.stringify(data ?? null), secrets)) : data;
  return trimForModel(safe ?? null, { maxChars }).data;
}
