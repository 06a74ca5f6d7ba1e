import type { HttpRequestMapping, JsonSchema, ToolDefinition } from '../toolkit/toolkit-types.ts';
import type { PackedTools } from './packed-tools.ts';
import { tagsForMethod } from './tags-for-method.ts';

/**
 * Expands `PackedTools` back into tool definitions. Tools that used the same property schema share
 * that object (and the common headers object): treat them as read-only, and copy before changing one.
 *
 * @example
 * const tools = unpackTools(JSON.parse(readFileSync(new URL('./petstore-tools.json', import.meta.url), 'utf8')));
 */
export function unpackTools(packed: PackedTools): ToolDefinition[] {
  if (packed.format !== 1) throw new TypeError(`unpackTools() reads format 1, got ${packed.format}`);
  const { schemas, headers } = packed;
  return packed.tools.map(([slug, name, description, method, path, indexes, required, extra]) => {
    const properties: Record<string, JsonSchema> = {};
    for (const field in indexes) properties[field] = schemas[indexes[field] as number] as JsonSchema;
    const inputSchema: JsonSchema = { type: 'object', properties };
    if (required.length > 0) inputSchema.required = required;
    if (extra?.inputSchema) Object.assign(inputSchema, extra.inputSchema);
    const request: HttpRequestMapping = { method, path };
    if (extra?.parameters) request.parameters = extra.parameters;
    const toolHeaders = extra?.headers ?? headers;
    if (toolHeaders && Object.keys(toolHeaders).length > 0) request.headers = toolHeaders;
    if (extra?.bodyEncoding) request.bodyEncoding = extra.bodyEncoding;
    if (extra?.bodyField) request.bodyField = extra.bodyField;
    const tool: ToolDefinition = { slug, name, description, inputSchema, request };
    const tags = extra?.tags ?? tagsForMethod(method);
    if (tags.length > 0) tool.tags = tags;
    if (extra?.outputSchema) tool.outputSchema = extra.outputSchema;
    return tool;
  });
}
