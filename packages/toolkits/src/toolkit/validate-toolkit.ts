import type { ToolkitDefinition } from './toolkit-types.ts';

const TOOLKIT_SLUG = /^[a-z][a-z0-9_]*$/;
const TOOL_SLUG = /^[A-Z][A-Z0-9_]*$/;

/** Throws a TypeError naming the first problem in a toolkit definition. */
export function validateToolkit(definition: ToolkitDefinition): void {
  const where = `toolkit '${definition?.slug}'`;
  if (!definition || typeof definition !== 'object') throw new TypeError('defineToolkit() needs an object');
  if (!TOOLKIT_SLUG.test(definition.slug ?? '')) {
    throw new TypeError(`${where}: slug must be lower-case letters, digits and underscores, like 'github'`);
  }
  if (!definition.name) throw new TypeError(`${where}: name is required`);
  if (typeof definition.baseUrl !== 'string' || !URL.canParse(definition.baseUrl)) {
    throw new TypeError(`${where}: baseUrl must be an absolute URL, got '${definition.baseUrl}'`);
  }
  if (!Array.isArray(definition.auth) || definition.auth.length === 0) {
    throw new TypeError(`${where}: auth must list at least one scheme ([{ mode: 'none' }] for public APIs)`);
  }
  const check = definition.credentialCheck;
  if (check !== undefined) {
    if (check.method !== 'GET' && check.method !== 'POST')
      throw new TypeError(`${where}: credentialCheck.method must be 'GET' or 'POST'`);
    if (typeof check.path !== 'string' || !check.path.startsWith('/'))
      throw new TypeError(`${where}: credentialCheck.path must start with '/'`);
  }
  const seen = new Set<string>();
  for (const tool of definition.tools ?? []) {
    if (!TOOL_SLUG.test(tool.slug ?? '')) {
      throw new TypeError(`${where}: tool slug '${tool.slug}' must be UPPER_SNAKE_CASE`);
    }
    if (seen.has(tool.slug)) throw new TypeError(`${where}: tool slug '${tool.slug}' is defined twice`);
    seen.add(tool.slug);
    if (tool.inputSchema?.type !== 'object') {
      throw new TypeError(`${where}: tool '${tool.slug}' needs an inputSchema with type 'object'`);
    }
    if (
      tool.phrasings !== undefined &&
      (!Array.isArray(tool.phrasings) || tool.phrasings.some((phrasing) => typeof phrasing !== 'string'))
    ) {
      throw new TypeError(`${where}: tool '${tool.slug}' phrasings must be an array of strings`);
    }
    if (Boolean(tool.request) === Boolean(tool.handler)) {
      throw new TypeError(`${where}: tool '${tool.slug}' needs exactly one of 'request' or 'handler'`);
    }
  }
}
