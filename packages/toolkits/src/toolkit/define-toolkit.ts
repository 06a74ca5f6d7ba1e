import type { ToolkitDefinition } from './toolkit-types.ts';
import { validateToolkit } from './validate-toolkit.ts';

/**
 * Declares a toolkit. Checks its shape at once, so a typo fails where it was written.
 *
 * @example
 * const echo = defineToolkit({
 *   slug: 'echo', name: 'Echo', description: 'Echoes things', baseUrl: 'https://echo.example',
 *   auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
 *   tools: [{ slug: 'ECHO_GET', name: 'Get', description: 'Gets a thing by id.',
 *     inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
 *     request: { method: 'GET', path: '/things/{id}' } }],
 * });
 */
export function defineToolkit<const T extends ToolkitDefinition>(definition: T): T {
  validateToolkit(definition);
  return definition;
}
