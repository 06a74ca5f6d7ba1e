import type { Tool as McpTool } from '@modelcontextprotocol/server';
import type { ToolRouterSession } from '@toolrouter/core';
import { advertisedOutputSchema, toMcpTool } from './to-mcp-tool.ts';

/** A session's tools as MCP describes them, and the output schema each call's result is projected on. */
export interface SessionMcpTools {
  list: McpTool[];
  outputSchemas: ReadonlyMap<string, Record<string, unknown> | undefined>;
}

/** A session's MCP tool descriptions, built once per session config version. */
export interface SessionToolCache {
  get(session: ToolRouterSession): Promise<SessionMcpTools>;
}

/**
 * Keeps each session's MCP tool list per config version (the list depends only on the config),
 * so `tools/list` does not convert every tool on every request and `tools/call` finds the called
 * tool's output schema without listing the session's tools again. Holds at most `maxSessions`.
 *
 * @example
 * const cache = createSessionToolCache();
 * const { list } = await cache.get(session);
 */
export function createSessionToolCache(maxSessions = 1_000): SessionToolCache {
  const entries = new Map<string, Promise<SessionMcpTools>>();
  return {
    get(session) {
      const key = `${session.sessionId}@${session.configVersion}`;
      let entry = entries.get(key);
      if (!entry) {
        entry = session.listTools().then((tools) => ({
          list: tools.map(toMcpTool),
          outputSchemas: new Map(tools.map((tool) => [tool.slug, advertisedOutputSchema(tool)])),
        }));
        // A failed listing is not kept.
        entry.catch(() => entries.delete(key));
        if (entries.size >= maxSessions) entries.delete(entries.keys().next().value!);
        entries.set(key, entry);
      }
      return entry;
    },
  };
}
