import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import type { PackedToolExtra, PackedTools } from './packed-tools.ts';
import { tagsForMethod } from './tags-for-method.ts';

/**
 * Packs HTTP tools into the compact `PackedTools` form; `unpackTools` gives them back unchanged.
 * `headers` are the fixed headers every tool sends, stored once.
 *
 * @example
 * const packed = packTools(toolkit.tools, { source: 'petstore.json 1.0.0', headers: { 'x-api-version': '2' } });
 * writeFileSync('petstore-tools.json', JSON.stringify(packed));
 */
export function packTools(
  tools: ToolDefinition[],
  { source, headers }: { source: string; headers?: Record<string, string> },
): PackedTools {
  const schemas: PackedTools['schemas'] = [];
  const schemaIndex = new Map<string, number>();
  const sharedHeaders = headers ? JSON.stringify(headers) : undefined;
  const packed: PackedTools = { format: 1, source, ...(headers ? { headers } : {}), schemas, tools: [] };
  for (const tool of tools) {
    const { request } = tool;
    if (!request) throw new TypeError(`packTools() packs HTTP tools only; '${tool.slug}' has a handler`);
    const { type, properties = {}, required = [], ...otherKeywords } = tool.inputSchema;
    const indexes: Record<string, number> = {};
    for (const [field, schema] of Object.entries(properties as Record<string, object>)) {
      const key = JSON.stringify(schema);
      let index = schemaIndex.get(key);
      if (index === undefined) {
        index = schemas.push(schema as PackedTools['schemas'][number]) - 1;
        schemaIndex.set(key, index);
      }
      indexes[field] = index;
    }
    const extra: PackedToolExtra = {};
    if (request.parameters) extra.parameters = request.parameters;
    if (request.bodyField) extra.bodyField = request.bodyField;
    if (request.bodyEncoding) extra.bodyEncoding = request.bodyEncoding;
    const toolHeaders = request.headers ? JSON.stringify(request.headers) : undefined;
    if (toolHeaders !== sharedHeaders && request.headers) extra.headers = request.headers;
    if (toolHeaders !== sharedHeaders && !request.headers) extra.headers = {};
    if (JSON.stringify(tool.tags ?? []) !== JSON.stringify(tagsForMethod(request.method)))
      extra.tags = tool.tags ?? [];
    if (type !== 'object') throw new TypeError(`packTools(): '${tool.slug}' input schema is not an object`);
    if (Object.keys(otherKeywords).length > 0) extra.inputSchema = otherKeywords;
    if (tool.outputSchema) extra.outputSchema = tool.outputSchema;
    packed.tools.push([
      tool.slug,
      tool.name,
      tool.description,
      request.method,
      request.path,
      indexes,
      required as string[],
      ...(Object.keys(extra).length > 0 ? [extra] : []),
    ] as PackedTools['tools'][number]);
  }
  return packed;
}
