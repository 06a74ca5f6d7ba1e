import { type ToolkitDefinition, validateToolkit } from '@toolrouter/toolkits';
import { ToolNotFoundError } from '../errors/tool-not-found-error.ts';
import { ToolkitNotFoundError } from '../errors/toolkit-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { suggestSimilar } from './suggest-similar.ts';
import { type RegisteredTool, type Tool, type Toolkit, toPublicTool, toPublicToolkit } from './tool.ts';

/** Every toolkit and tool a router knows, with operator base URL overrides. */
export class Catalog {
  readonly #toolkits = new Map<string, ToolkitDefinition>();
  readonly #tools = new Map<string, RegisteredTool>();
  readonly #baseUrls: Record<string, string>;
  readonly #listeners = new Set<(added: RegisteredTool[], removed: string[]) => void>();

  constructor(toolkits: readonly ToolkitDefinition[], baseUrls: Record<string, string> = {}) {
    this.#baseUrls = baseUrls;
    for (const toolkit of toolkits) this.addToolkit(toolkit);
    for (const [slug, url] of Object.entries(baseUrls)) {
      if (!URL.canParse(url))
        throw new ValidationError({
          field: `toolkitBaseUrls.${slug}`,
          message: `toolkitBaseUrls.${slug} must be an absolute URL, got '${url}'.`,
        });
    }
  }

  /** Registers a toolkit; a later toolkit with the same slug replaces the earlier one (custom overrides built-in). */
  addToolkit(toolkit: ToolkitDefinition): void {
    validateToolkit(toolkit);
    const previous = this.#toolkits.get(toolkit.slug);
    const removed: string[] = [];
    if (previous) {
      for (const tool of previous.tools) {
        this.#tools.delete(tool.slug);
        removed.push(tool.slug);
      }
    }
    this.#toolkits.set(toolkit.slug, toolkit);
    const added = toolkit.tools.map((definition) => ({
      tool: toPublicTool(definition, toolkit),
      definition,
      toolkit,
    }));
    for (const registered of added) this.#tools.set(registered.tool.slug, registered);
    for (const listener of this.#listeners) listener(added, removed);
  }

  /** Removes a toolkit and its tools (a stored toolkit deleted); false when there is none. */
  removeToolkit(slug: string): boolean {
    const toolkit = this.#toolkits.get(slug);
    if (!toolkit) return false;
    this.#toolkits.delete(slug);
    const removed: string[] = [];
    for (const tool of toolkit.tools) {
      if (this.#tools.get(tool.slug)?.toolkit !== toolkit) continue;
      this.#tools.delete(tool.slug);
      removed.push(tool.slug);
    }
    for (const listener of this.#listeners) listener([], removed);
    return true;
  }

  /** Adds one tool to an existing toolkit (custom tools). */
  addTool(registered: RegisteredTool): void {
    const removed = this.#tools.has(registered.tool.slug) ? [registered.tool.slug] : [];
    this.#tools.set(registered.tool.slug, registered);
    for (const listener of this.#listeners) listener([registered], removed);
  }

  /** Called with tools added and removed after construction (the search index follows the catalog). */
  onChange(listener: (added: RegisteredTool[], removed: string[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  hasToolkit(slug: string): boolean {
    return this.#toolkits.has(slug);
  }

  findToolkit(slug: string): ToolkitDefinition | undefined {
    return this.#toolkits.get(slug);
  }

  getToolkit(slug: string): ToolkitDefinition {
    const toolkit = this.#toolkits.get(slug);
    if (!toolkit) {
      const suggestions = suggestSimilar(slug, this.#toolkits.keys());
      throw new ToolkitNotFoundError({
        toolkit: slug,
        suggestions,
        message: `Unknown toolkit '${slug}'.${suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : ''} List toolkits with router.toolkits.list().`,
      });
    }
    return toolkit;
  }

  toolkitSlugs(): string[] {
    return [...this.#toolkits.keys()];
  }

  listToolkits(): Toolkit[] {
    return [...this.#toolkits.values()].map(toPublicToolkit);
  }

  findTool(slug: string): RegisteredTool | undefined {
    return this.#tools.get(slug);
  }

  getTool(slug: string): RegisteredTool {
    const registered = this.#tools.get(slug);
    if (!registered) {
      const suggestions = this.suggestTools(slug);
      throw new ToolNotFoundError({
        toolSlug: slug,
        suggestions,
        message: `Unknown tool '${slug}'.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
      });
    }
    return registered;
  }

  suggestTools(slug: string, allowed?: (tool: Tool) => boolean): string[] {
    const candidates = allowed
      ? [...this.#tools.values()]
          .filter((registered) => allowed(registered.tool))
          .map((registered) => registered.tool.slug)
      : this.#tools.keys();
    return suggestSimilar(slug.toUpperCase(), candidates);
  }

  allTools(): IterableIterator<RegisteredTool> {
    return this.#tools.values();
  }

  listTools(filter: { toolkit?: string; search?: string } = {}): Tool[] {
    if (filter.toolkit) this.getToolkit(filter.toolkit);
    const needle = filter.search?.toLowerCase();
    const tools: Tool[] = [];
    for (const { tool } of this.#tools.values()) {
      if (filter.toolkit && tool.toolkit !== filter.toolkit) continue;
      if (needle && !`${tool.slug} ${tool.name} ${tool.description}`.toLowerCase().includes(needle)) continue;
      tools.push(tool);
    }
    return tools;
  }

  /** The toolkit's base URL, or the operator's override. */
  baseUrlOf(toolkit: string): string {
    return this.#baseUrls[toolkit] ?? this.getToolkit(toolkit).baseUrl;
  }
}
