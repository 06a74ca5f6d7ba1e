import type { JsonSchema, Tag, ToolContext, ToolkitDefinition } from '@toolrouter/toolkits';
import type { Catalog } from '../catalog/catalog.ts';
import { type RegisteredTool, type Tool, toPublicTool } from '../catalog/tool.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { type StandardJsonSchemaLike, toJsonSchema } from './to-json-schema.ts';

/** The toolkit of custom tools that name none: no auth, enabled in sessions like any toolkit. */
export const CUSTOM_TOOLKIT_SLUG = 'custom';

export interface CreateCustomToolInput {
  /** UPPER_SNAKE_CASE, unique in the router, e.g. `GITHUB_STAR_OWN_REPOS` or `GET_WEATHER`. */
  slug: string;
  name?: string;
  /** Written for a model: what it does, when to use it, what comes back. */
  description: string;
  /**
   * Extends this toolkit: the tool runs with the session user's connected account of it
   * (`context.credentials`, `context.fetch`). Without one it belongs to the no-auth `custom` toolkit.
   */
  toolkit?: string;
  /** JSON Schema, or a Zod 4 (any Standard JSON Schema) object schema. */
  inputSchema: JsonSchema | StandardJsonSchemaLike;
  outputSchema?: JsonSchema;
  tags?: Tag[];
  /** Requests in users' own words that the tool answers; search indexes them (see `ToolDefinition.phrasings`). */
  phrasings?: string[];
  execute(input: Record<string, unknown>, context: ToolContext): Promise<unknown> | unknown;
}

export interface CustomTool {
  toolkit: string;
  tool: Tool;
  register(catalog: Catalog): RegisteredTool;
}

/** Checks a custom tool definition and prepares it for any router catalog. */
export function createCustomTool(input: CreateCustomToolInput): CustomTool {
  if (!input || !/^[A-Z][A-Z0-9_]*$/.test(input.slug ?? '')) {
    throw new ValidationError({
      field: 'slug',
      message: `Custom tool slug '${input?.slug}' must be UPPER_SNAKE_CASE, like 'GET_WEATHER'.`,
    });
  }
  if (typeof input.description !== 'string' || !input.description.trim()) {
    throw new ValidationError({
      field: 'description',
      message: `Custom tool '${input.slug}' needs a description written for a model.`,
    });
  }
  if (typeof input.execute !== 'function') {
    throw new ValidationError({
      field: 'execute',
      message: `Custom tool '${input.slug}' needs an execute(input, context) function.`,
    });
  }
  if (
    input.phrasings !== undefined &&
    (!Array.isArray(input.phrasings) || input.phrasings.some((phrasing) => typeof phrasing !== 'string'))
  ) {
    throw new ValidationError({
      field: 'phrasings',
      message: `Custom tool '${input.slug}' phrasings must be an array of strings, like ['what is the weather in Oslo'].`,
    });
  }
  const inputSchema = toJsonSchema(input.inputSchema, input.slug);
  const toolkitSlug = input.toolkit ?? CUSTOM_TOOLKIT_SLUG;
  const definition = {
    slug: input.slug,
    name: input.name ?? input.slug.toLowerCase().replace(/_/g, ' '),
    description: input.description,
    inputSchema,
    ...(input.outputSchema ? { outputSchema: input.outputSchema } : {}),
    tags: input.tags ?? [],
    ...(input.phrasings ? { phrasings: [...input.phrasings] } : {}),
    handler: async (toolInput: Record<string, unknown>, context: ToolContext) =>
      input.execute(toolInput, context),
  };
  const placeholder: ToolkitDefinition = customToolkit();
  return {
    toolkit: toolkitSlug,
    tool: toPublicTool(definition, { ...placeholder, slug: toolkitSlug }, 'custom'),
    register(catalog) {
      if (toolkitSlug === CUSTOM_TOOLKIT_SLUG && !catalog.hasToolkit(CUSTOM_TOOLKIT_SLUG))
        catalog.addToolkit(customToolkit());
      const toolkit = catalog.getToolkit(toolkitSlug);
      const existing = catalog.findTool(input.slug);
      if (existing && existing.tool.kind !== 'custom') {
        throw new ValidationError({
          field: 'slug',
          message: `Tool slug '${input.slug}' is taken by a tool of '${existing.tool.toolkit}'. Pick another slug.`,
        });
      }
      return { tool: toPublicTool(definition, toolkit, 'custom'), definition, toolkit };
    },
  };
}

function customToolkit(): ToolkitDefinition {
  return {
    slug: CUSTOM_TOOLKIT_SLUG,
    name: 'Custom tools',
    description: 'Tools your application registered with router.tools.create().',
    baseUrl: 'http://localhost',
    auth: [{ mode: 'none' }],
    tools: [],
  };
}

/** Adds a custom tool to a catalog (at router start, or at once when the router is running). */
export function registerCustomTool(catalog: Catalog, custom: CustomTool): RegisteredTool {
  const registered = custom.register(catalog);
  catalog.addTool(registered);
  return registered;
}
