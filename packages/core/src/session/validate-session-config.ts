import type { Catalog } from '../catalog/catalog.ts';
import { CUSTOM_TOOLKIT_SLUG } from '../custom-tool/create-custom-tool.ts';
import { ValidationError } from '../errors/validation-error.ts';
import {
  SESSION_CONFIG_KEYS,
  type SessionConfig,
  UNSUPPORTED_SESSION_CONFIG_KEYS,
} from '../session-config/session-config.ts';
import { isToolAllowed, isToolkitEnabled } from '../session-config/session-policy.ts';
import { checkSessionConfigShape } from './check-session-config-shape.ts';

/**
 * Checks a session config's shape (against `SESSION_CONFIG_SCHEMA`) and every slug in it against
 * the catalog. Ownership of pinned accounts and auth configs needs the store and is checked by
 * `checkSessionReferences`.
 */
export function validateSessionConfig(input: unknown, catalog: Catalog): SessionConfig {
  if (input === undefined || input === null) return {};
  if (typeof input === 'object' && !Array.isArray(input)) {
    const unsupported = Object.keys(input).find((key) => UNSUPPORTED_SESSION_CONFIG_KEYS.includes(key));
    if (unsupported) {
      throw fail(
        unsupported,
        `Session config key '${unsupported}' is not supported yet by toolrouter; remove it. Supported keys: ${SESSION_CONFIG_KEYS.join(', ')}.`,
      );
    }
  }
  const config = checkSessionConfigShape(input);
  if (config.toolkits !== undefined) {
    for (const slug of toggleValues(config.toolkits)) knownToolkit(catalog, slug, 'toolkits');
  }
  for (const [toolkit, filter] of Object.entries(config.tools ?? {})) {
    knownToolkit(catalog, toolkit, `tools.${toolkit}`);
    if (!isToolkitEnabled(config, toolkit)) {
      throw fail(
        `tools.${toolkit}`,
        `tools.${toolkit} filters a toolkit this session does not enable; add '${toolkit}' to toolkits.`,
      );
    }
    if ('tags' in filter) continue;
    for (const slug of toggleValues(filter)) {
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
  for (const toolkit of Object.keys(config.authConfigs ?? {})) {
    knownToolkit(catalog, toolkit, `authConfigs.${toolkit}`);
  }
  for (const toolkit of Object.keys(config.connectedAccounts ?? {})) {
    knownToolkit(catalog, toolkit, `connectedAccounts.${toolkit}`);
  }
  const preloaded = config.preload?.tools;
  for (const slug of preloaded === 'all' || preloaded === undefined ? [] : preloaded) {
    const tool = catalog.findTool(slug);
    if (!tool) throw fail('preload.tools', `preload.tools names unknown tool '${slug}'.`);
    if (!isToolAllowed(config, tool.tool)) {
      throw fail(
        'preload.tools',
        `preload.tools names '${slug}', which this session's toolkits/tools/tags filters do not allow.`,
      );
    }
  }
  return config;
}

function fail(field: string, message: string): ValidationError {
  return new ValidationError({ field, message });
}

function toggleValues(list: string[] | { enable: string[] } | { disable: string[] }): string[] {
  if (Array.isArray(list)) return list;
  return 'enable' in list ? list.enable : list.disable;
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
