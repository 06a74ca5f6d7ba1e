import type { ToolContext } from '../toolkit/toolkit-types.ts';

/**
 * Calls a Slack Web API method as a form-encoded POST (every method accepts that; objects and
 * arrays such as `blocks` go as JSON text). Slack answers HTTP 200 with `{ ok: false, error }` when a
 * call fails, so that becomes a thrown Error naming Slack's error code (and the missing scope for
 * `missing_scope`), which the engine reports as the tool's failure.
 *
 * @example
 * const { channel, ts } = await callSlackMethod(context, 'chat.postMessage', { channel: 'C0123', text: 'Hi' });
 */
export async function callSlackMethod(
  context: ToolContext,
  method: string,
  parameters: Record<string, unknown>,
): Promise<any> {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined || value === null) continue;
    form.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  const response = await context.fetch(`/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok || body?.ok !== true) {
    const code = body?.error ?? `http_${response.status}`;
    const scopes = code === 'missing_scope' && body?.needed ? ` (needs scope '${body.needed}')` : '';
    const detail =
      body?.ok === false ? '' : ` (HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''})`;
    throw Object.assign(new Error(`Slack ${method} failed: ${code}${scopes}${detail}`), {
      code,
      status: response.status,
    });
  }
  const { ok: _ok, ...result } = body;
  return result;
}
