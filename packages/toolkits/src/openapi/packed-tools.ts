import type { HttpMethod, HttpRequestMapping, JsonSchema, Tag } from '../toolkit/toolkit-types.ts';

/**
 * A compact JSON form of many HTTP tools, for generated catalogs that are loaded on every start.
 * Property schemas are stored once and referred to by index; headers shared by every tool are stored
 * once; tags are stored only when they differ from what the method implies (`tagsForMethod`).
 */
export interface PackedTools {
  format: 1;
  /** What the tools were generated from, e.g. `@octokit/openapi@23.0.2 api.github.com.json`. */
  source: string;
  /** Fixed headers every tool sends. */
  headers?: Record<string, string>;
  /** Distinct input property schemas. */
  schemas: JsonSchema[];
  tools: PackedTool[];
}

/** `[slug, name, description, method, path, { field: schema index }, required, extra?]` */
export type PackedTool = [
  slug: string,
  name: string,
  description: string,
  method: HttpMethod,
  path: string,
  properties: Record<string, number>,
  required: string[],
  extra?: PackedToolExtra,
];

/** The rarer parts of a tool, present only when set. */
export interface PackedToolExtra {
  parameters?: HttpRequestMapping['parameters'];
  bodyField?: string;
  bodyEncoding?: HttpRequestMapping['bodyEncoding'];
  headers?: Record<string, string>;
  tags?: Tag[];
  /** Top-level input schema keywords besides `type`, `properties` and `required`. */
  inputSchema?: JsonSchema;
  outputSchema?: JsonSchema;
}
