import type { ToolContext } from '../toolkit/toolkit-types.ts';

/** The Notion API version every call pins (`Notion-Version` header). */
export const NOTION_VERSION = '2022-06-28';

/** Notion caps the children of one create or append call at 100 blocks. */
export const NOTION_MAX_CHILDREN = 100;

/**
 * Calls the Notion API through the tool's authed fetch and returns the parsed JSON body.
 * A non-2xx answer throws an Error carrying Notion's own `code` and `message`.
 *
 * @example
 * const page = await notionRequest(context, 'GET', '/v1/pages/59833787-2cf9-4fdf-8782-e53db20768a5');
 */
export async function notionRequest(
  context: ToolContext,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<any> {
  const headers: Record<string, string> = { 'Notion-Version': NOTION_VERSION };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await context.fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: context.signal,
  });
  const text = await response.text();
  let data: any;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const code = typeof data?.code === 'string' ? ` ${data.code}` : '';
    const message = typeof data?.message === 'string' ? data.message : text || response.statusText;
    throw new Error(`Notion API error ${response.status}${code}: ${message}`);
  }
  return data;
}
