/** Builders of the OpenAPI document's operations, shared by the files that describe its paths. */

export type Operation = Record<string, unknown>;

export const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const list = (item: string) => ({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: schema(item) } },
});
export const ok = (description: string, body: unknown, status = '200') => ({
  [status]: { description, content: { 'application/json': { schema: body } } },
});
export const noContent = { '204': { description: 'Done; no body.' } };
export const errors = (...statuses: number[]) =>
  Object.fromEntries(
    [401, ...statuses].map((status) => [String(status), { $ref: '#/components/responses/Error' }]),
  );
export const jsonBody = (body: unknown, required = true) => ({
  required,
  content: { 'application/json': { schema: body } },
});
export const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
export const query = (
  name: string,
  description: string,
  type: Record<string, unknown> = { type: 'string' },
) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: type,
});

export const sessionId = pathParameter('sessionId', 'A session id (ses_...).');
export const slug = pathParameter('slug', 'A toolkit or tool slug.');
export const id = pathParameter('id', 'The record id.');

export function operation(operationId: string, summary: string, tag: string, fields: Operation): Operation {
  return { operationId, summary, tags: [tag], ...fields };
}
