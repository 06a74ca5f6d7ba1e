/**
 * The tool a JSON-RPC `tools/call` runs, for the request log: the meta-tool's name, followed by
 * the app tools a multi-execute runs (`TOOLROUTER_MULTI_EXECUTE_TOOL:GITHUB_GET_REPO,ECHO_GET`).
 * Anything else: undefined. Only names are read, never arguments.
 *
 * @example
 * calledTools({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ECHO_GET' } }); // 'ECHO_GET'
 */
export function calledTools(message: unknown): string | undefined {
  const messages = Array.isArray(message) ? message : [message];
  const names: string[] = [];
  for (const item of messages) {
    if (!item || typeof item !== 'object' || (item as { method?: unknown }).method !== 'tools/call') continue;
    const params = (item as { params?: { name?: unknown; arguments?: { tools?: unknown } } }).params;
    if (typeof params?.name !== 'string') continue;
    const inner = Array.isArray(params.arguments?.tools)
      ? params.arguments.tools
          .map((tool: unknown) => (tool as { tool_slug?: unknown })?.tool_slug)
          .filter((slug: unknown): slug is string => typeof slug === 'string')
      : [];
    names.push(inner.length ? `${params.name}:${inner.join(',')}` : params.name);
  }
  return names.length ? names.join(' ').slice(0, 300) : undefined;
}
