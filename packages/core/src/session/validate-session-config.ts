import { TAGS, type Tag } from '@toolrouter/toolkits';
import type { Catalog } from '../catalog/catalog.ts';
import { CUSTOM_TOOLKIT_SLUG } from '../custom-tool/create-custom-tool.ts';
import { ValidationError } from '../errors/validation-error.ts';
import {
  SESSION_CONFIG_KEYS,
  type SessionConfig,
  type ToggleList,
  UNSUPPORTED_SESSION_CONFIG_KEYS,
} from '../session-config/session-config.ts';
import { isToolAllowed, isToolkitEnabled } from '../session-config/session-policy.ts';

/**
 * Checks a session config's shape and every slug in it against the catalog. Ownership of pinned
 * accounts and auth configs needs the store and is checked by `checkSessionReferences`.
 */
export function validateSessionConfig(input: unknown, catalog: Catalog): SessionConfig {
  if (input === undefined || input === null) return {};
  const config = requireObject(input, 'config');
  for (const key of Object.keys(config)) {
    if (UNSUPPORTED_SESSION_CONFIG_KEYS.includes(key)) {
      throw fail(
        key,
        `Session config key '${key}' is not supported yet by toolrouter; remove it. Supported keys: ${SESSION_CONFIG_KEYS.join(', ')}.`,
      );
    }
    if (!(SESSION_CONFIG_KEYS as readonly string[]).includes(key)) {
      throw fail(
        key,
        `Unknown session config key '${key}'. Allowed keys: ${SESSION_CONFIG_KEYS.join(', ')}.`,
      );
    }
  }
  const result = config as SessionConfig;
  if (config.toolkits !== undefined) {
    for (const slug of toggleValues(config.toolkits, 'toolkits')) knownToolkit(catalog, slug, 'toolkits');
  }
  if (config.tools !== undefined) {
    for (const [toolkit, filter] of Object.entries(requireObject(config.tools, 'tools'))) {
      knownToolkit(catalog, toolkit, `tools.${toolkit}`);
      if (!isToolkitEnabled(result, toolkit)) {
        throw fail(
          `tools.${toolkit}`,
          `tools.${toolkit} filters a toolkit this session does not enable; add '${toolkit}' to toolkits.`,
        );
      }
      if (filter && typeof filter === 'object' && !Array.isArray(filter) && 'tags' in filter) {
        exactKeys(filter, ['tags'], `tools.${toolkit}`);
        tagList((filter as { tags: unknown }).tags, `tools.${toolkit}.tags`);
        continue;
      }
      for (const slug of toggleValues(filter, `tools.${toolkit}`)) {
        const tool = catalog.findTool(slug);
        if (!tool || tool.tool.toolkit !== toolkit) {
          const suggestions = catalog.suggestTools(slug, (candidate) => candidate.toolkit === toolkit);
          throw fail(
            `tools.${toolkit}`,
            `tools.${toolkit} names '${slug}', which is not a tool of '${toolkit}'.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
          );
        }
      }
    }
  }
  if (config.tags !== undefined) {
    if (Array.isArray(config.tags)) tagList(config.tags, 'tags');
    else {
      const tags = requireObject(config.tags, 'tags');
      for (const key of Object.keys(tags)) {
        if (key !== 'enable' && key !== 'disable')
          throw fail(`tags.${key}`, `Unknown key tags.${key}; use tags.enable or tags.disable.`);
        tagList(tags[key], `tags.${key}`);
      }
    }
  }
  if (config.authConfigs !== undefined) {
    for (const [toolkit, id] of Object.entries(requireObject(config.authConfigs, 'authConfigs'))) {
      knownToolkit(catalog, toolkit, `authConfigs.${toolkit}`);
      if (typeof id !== 'string' || !id)
        throw fail(`authConfigs.${toolkit}`, `authConfigs.${toolkit} must be an id string.`);
    }
  }
  if (config.connectedAccounts !== undefined) {
    const pins = requireObject(config.connectedAccounts, 'connectedAccounts');
    for (const [toolkit, value] of Object.entries(pins)) {
      const field = `connectedAccounts.${toolkit}`;
      knownToolkit(catalog, toolkit, field);
      const ids = Array.isArray(value) ? value : [value];
      if (ids.length === 0 || ids.some((id) => typeof id !== 'string' || !id))
        throw fail(field, `${field} must be an account id, or a non-empty array of account ids.`);
      if (new Set(ids).size !== ids.length) throw fail(field, `${field} lists an account twice.`);
    }
  }
  validateMultiAccount(config.multiAccount);
  if (
    config.sessionPreset !== undefined &&
    !['default', 'direct_tools'].includes(config.sessionPreset as string)
  ) {
    throw fail('sessionPreset', "sessionPreset must be 'default' or 'direct_tools'.");
  }
  if (config.metaTools !== undefined) {
    const metaTools = requireObject(config.metaTools, 'metaTools');
    exactKeys(metaTools, ['search', 'execute'], 'metaTools');
    for (const [key, value] of Object.entries(metaTools)) {
      if (typeof value !== 'boolean')
        throw fail(`metaTools.${key}`, `metaTools.${key} must be true or false.`);
    }
  }
  if (config.mcp !== undefined && typeof config.mcp !== 'boolean') {
    throw fail('mcp', 'mcp must be true or false (every session has an MCP URL either way).');
  }
  if (config.manageConnections !== undefined && typeof config.manageConnections !== 'boolean') {
    const manage = requireObject(config.manageConnections, 'manageConnections');
    for (const [key, value] of Object.entries(manage)) {
      if (key === 'enable' || key === 'waitForConnections') {
        if (typeof value !== 'boolean')
          throw fail(`manageConnections.${key}`, `manageConnections.${key} must be true or false.`);
      } else if (key === 'callbackUrl') {
        if (typeof value !== 'string' || !URL.canParse(value)) {
          throw fail(
            'manageConnections.callbackUrl',
            'manageConnections.callbackUrl must be an absolute URL.',
          );
        }
      } else {
        throw fail(
          `manageConnections.${key}`,
          `Unknown key manageConnections.${key}; allowed: enable, callbackUrl, waitForConnections.`,
        );
      }
    }
  }
  if (config.preload !== undefined) {
    const preload = requireObject(config.preload, 'preload');
    exactKeys(preload, ['tools'], 'preload');
    if (preload.tools !== 'all' && !Array.isArray(preload.tools))
      throw fail('preload.tools', "preload.tools must be an array of tool slugs, or 'all'.");
    for (const slug of preload.tools === 'all' ? [] : preload.tools) {
      const tool = typeof slug === 'string' ? catalog.findTool(slug) : undefined;
      if (!tool) throw fail('preload.tools', `preload.tools names unknown tool '${String(slug)}'.`);
      if (!isToolAllowed(result, tool.tool)) {
        throw fail(
          'preload.tools',
          `preload.tools names '${slug}', which this session's toolkits/tools/tags filters do not allow.`,
        );
      }
    }
  }
  return result;
}

function validateMultiAccount(value: unknown): void {
  if (value === undefined) return;
  const multiAccount = requireObject(value, 'multiAccount');
  exactKeys(multiAccount, ['enable', 'maxAccountsPerToolkit', 'requireExplicitSelection'], 'multiAccount');
  for (const key of ['enable', 'requireExplicitSelection']) {
    if (multiAccount[key] !== undefined && typeof multiAccount[key] !== 'boolean')
      throw fail(`multiAccount.${key}`, `multiAccount.${key} must be true or false.`);
  }
  const max = multiAccount.maxAccountsPerToolkit;
  if (max !== undefined && (!Number.isInteger(max) || (max as number) < 2 || (max as number) > 10)) {
    throw fail(
      'multiAccount.maxAccountsPerToolkit',
      'multiAccount.maxAccountsPerToolkit must be an integer from 2 to 10 (default 5).',
    );
  }
}

function fail(field: string, message: string): ValidationError {
  return new ValidationError({ field, message });
}

function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw fail(field, `${field} must be an object.`);
  return value as Record<string, unknown>;
}

function exactKeys(value: object, keys: string[], field: string): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key))
      throw fail(`${field}.${key}`, `Unknown key ${field}.${key}; allowed: ${keys.join(', ')}.`);
  }
}

function toggleValues(value: unknown, field: string): string[] {
  let list: unknown;
  if (Array.isArray(value)) list = value;
  else {
    const object = requireObject(value, field) as ToggleList;
    const keys = Object.keys(object);
    if (keys.length !== 1 || (keys[0] !== 'enable' && keys[0] !== 'disable')) {
      throw fail(field, `${field} must be an array, { enable: [...] } or { disable: [...] }.`);
    }
    list = (object as Record<string, unknown>)[keys[0]];
  }
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    throw fail(field, `${field} must list strings.`);
  }
  return list as string[];
}

function tagList(value: unknown, field: string): Tag[] {
  if (!Array.isArray(value)) throw fail(field, `${field} must be an array of tags (${TAGS.join(', ')}).`);
  for (const tag of value) {
    if (!(TAGS as readonly unknown[]).includes(tag))
      throw fail(field, `${field} has unknown tag '${String(tag)}'; use ${TAGS.join(', ')}.`);
  }
  return value as Tag[];
}

function knownToolkit(catalog: Catalog, slug: string, field: string): void {
  // Custom tools without a toolkit land in `custom`, which exists once the first one is created;
  // a session may list it before that.
  if (catalog.hasToolkit(slug) || slug === CUSTOM_TOOLKIT_SLUG) return;
  try {
    catalog.getToolkit(slug);
  } catch (error) {
    throw new ValidationError({ field, message: `${field}: ${(error as Error).message}`, cause: error });
  }
}
