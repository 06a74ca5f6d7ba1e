/**
 * Reads a Google API response as JSON; a non-2xx answer becomes an Error carrying Google's own
 * message and status (`{ error: { code, message, status } }`), which the engine reports as the
 * tool's failure.
 *
 * @example
 * const labels = await readGoogleJson(await context.fetch('/drive/v3/about?fields=user'));
 */
export async function readGoogleJson(response: Response): Promise<any> {
  const text = await response.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = body?.error?.message ?? (text.slice(0, 300) || response.statusText);
    const status = body?.error?.status ? ` ${body.error.status}` : '';
    throw Object.assign(new Error(`Google API error ${response.status}${status}: ${detail}`), {
      status: response.status,
    });
  }
  return body ?? {};
}
