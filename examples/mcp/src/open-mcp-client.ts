import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/**
 * Connects the official MCP client to a toolrouter session: `url` and `headers` are `session.mcp`
 * (the headers carry the session's own token; toolrouter answers 401 without it).
 *
 * @example
 * const client = await openMcpClient(session.mcp);
 * const { tools } = await client.listTools();
 */
export async function openMcpClient({ url, headers }: { url: string; headers: Record<string, string> }) {
  const client = new Client({ name: 'toolrouter-mcp-example', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

/** A tool result's data: toolrouter returns `{ successful, data, error }` as the text content. */
export function resultOf(result: Awaited<ReturnType<Client['callTool']>>): {
  successful: boolean;
  data: any;
  error: string | null;
} {
  const content = result.content as Array<{ type: string; text?: string }>;
  const text = content.find((part) => part.type === 'text')?.text ?? '{}';
  return JSON.parse(text);
}
