import type { ToolDefinition } from './toolkit-types.ts';

/**
 * The tools with each one's `phrasings` taken from a table keyed by tool slug. A key that names no
 * tool throws, so a renamed tool cannot leave its phrasings behind unnoticed; tools without an entry
 * are returned as they are.
 *
 * @example
 * tools: withPhrasings([sendMessage, listChannels], { SLACK_SEND_MESSAGE: ['tell #ops the deploy is done'] })
 */
export function withPhrasings<T extends ToolDefinition>(
  tools: readonly T[],
  table: Readonly<Record<string, readonly string[]>>,
): T[] {
  const slugs = new Set(tools.map((tool) => tool.slug));
  const unknown = Object.keys(table).filter((slug) => !slugs.has(slug));
  if (unknown.length > 0) {
    throw new TypeError(
      `withPhrasings(): no tool named ${unknown.map((slug) => `'${slug}'`).join(', ')}; ` +
        'remove the entry or fix its slug',
    );
  }
  return tools.map((tool) => {
    const phrasings = table[tool.slug];
    return phrasings === undefined ? tool : { ...tool, phrasings: [...(tool.phrasings ?? []), ...phrasings] };
  });
}
