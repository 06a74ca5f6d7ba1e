import type { ToolkitDefinition } from '../toolkit/toolkit-types.ts';
import { type ImportOpenAPIOptions, importOpenAPI } from './import-openapi.ts';
import type { OpenAPIDocument } from './openapi-types.ts';

/**
 * Turns an OpenAPI 3.0 or 3.1 document into a toolkit, one tool per operation. Use `importOpenAPI`
 * to also see what was skipped or repaired.
 *
 * @example
 * const petstore = fromOpenAPI(await (await fetch(specUrl)).json(), {
 *   slug: 'petstore', name: 'Petstore', exclude: [/^delete/],
 * });
 * const router = new ToolRouter({ toolkits: [petstore] });
 */
export function fromOpenAPI(document: OpenAPIDocument, options: ImportOpenAPIOptions): ToolkitDefinition {
  return importOpenAPI(document, options).toolkit;
}
