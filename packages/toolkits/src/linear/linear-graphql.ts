import type { ToolContext } from '../toolkit/toolkit-types.ts';

/**
 * Sends one GraphQL operation to Linear (`POST /graphql`) and returns its `data`. GraphQL `errors`
 * (which Linear sends with HTTP 200 or 400) and other non-2xx answers throw an Error with Linear's message.
 *
 * @example
 * const data = await linearGraphql(context, 'query { viewer { id name } }');
 */
export async function linearGraphql(
  context: ToolContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const response = await context.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: withoutUndefined(variables) }),
    signal: context.signal,
  });
  const text = await response.text();
  let payload: any;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  const errors: any[] = Array.isArray(payload?.errors) ? payload.errors : [];
  if (errors.length > 0) {
    const messages = errors.map((error) => error?.extensions?.userPresentableMessage ?? error?.message);
    throw new Error(`Linear API error: ${messages.filter(Boolean).join('; ') || 'unknown error'}`);
  }
  if (!response.ok) throw new Error(`Linear API error ${response.status}: ${text || response.statusText}`);
  if (payload?.data === undefined) throw new Error('Linear API error: the response has no data');
  return payload.data;
}

/** A copy of `object` without its undefined fields (GraphQL would read them as null). */
export function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Flattens a Linear connection into `{ [key]: nodes, pageInfo }`. */
export function flattenConnection(
  key: string,
  connection: { nodes?: unknown[]; pageInfo?: unknown } | undefined,
): Record<string, unknown> {
  return { [key]: connection?.nodes ?? [], pageInfo: connection?.pageInfo ?? null };
}

/** Fields returned for an issue in lists. */
export const ISSUE_SUMMARY_FIELDS = `
  id identifier title url priority priorityLabel estimate dueDate createdAt updatedAt completedAt
  state { id name type }
  team { id key name }
  assignee { id name email }
  project { id name }
  labels { nodes { id name } }
`;

/** Shared pagination input fields of the list tools. */
export const paginationProperties = {
  first: {
    type: 'integer',
    minimum: 1,
    maximum: 100,
    default: 50,
    description: 'How many to return, 1 to 100. Default 50.',
  },
  after: {
    type: 'string',
    description: 'Cursor for the next page: `pageInfo.endCursor` of the previous response.',
  },
} as const;
