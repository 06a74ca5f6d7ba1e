import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/server';
import type { ToolRouterSession } from '@toolrouter/core';
import { toCallToolResult } from './to-call-tool-result.ts';

/** One `tools/call` the lean path answers: its JSON-RPC id, the tool and its arguments. */
export interface DirectToolCall {
  id: string | number;
  name: string;
  arguments: Record<string, unknown>;
}

const JSON_RPC_INTERNAL_ERROR = -32603;

/**
 * The `tools/call` of a 2025-era (stateless) MCP POST that the lean path may answer without
 * building an SDK server and transport, else undefined (the SDK answers, as for everything else).
 * Only the plainest case qualifies, the one every agent sends for each tool call: one message (no
 * batch) with a numeric or string id, `params.name` a string, `arguments` absent or an object,
 * `_meta` absent or an object; `Accept` naming JSON and SSE, a JSON `Content-Type` and an
 * `Mcp-Protocol-Version` the SDK supports. Anything the SDK would refuse or treat specially
 * (a missing or unknown version, a malformed message) goes to the SDK, which answers it as before.
 *
 * @example
 * const call = directToolCall(request, parsedBody);
 * if (call) return serveToolCall(session, call, request.signal);
 */
export function directToolCall(request: Request, body: unknown): DirectToolCall | undefined {
  if (!isPlainObject(body) || body.jsonrpc !== '2.0' || body.method !== 'tools/call') return undefined;
  const { id, params } = body;
  if (!(typeof id === 'number' && Number.isSafeInteger(id)) && typeof id !== 'string') return undefined;
  if (!isPlainObject(params) || typeof params.name !== 'string') return undefined;
  for (const key of Object.keys(params)) if (!PARAM_KEYS.has(key)) return undefined;
  const args = params.arguments ?? {};
  if (!isPlainObject(args) || (params._meta !== undefined && !isPlainObject(params._meta))) return undefined;
  const headers = request.headers;
  const accept = headers.get('accept') ?? '';
  if (!accept.includes('application/json') || !accept.includes('text/event-stream')) return undefined;
  const contentType = headers.get('content-type') ?? '';
  if (contentType !== 'application/json' && !/^application\/json\s*(;|$)/i.test(contentType))
    return undefined;
  const version = headers.get('mcp-protocol-version');
  if (version === null || !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) return undefined;
  return { id, name: params.name, arguments: args };
}

const PARAM_KEYS = new Set(['name', 'arguments', '_meta']);

/**
 * Runs the call for the session's user and answers with the JSON-RPC response the SDK's server
 * gives for it (the same result object, the same error shape when the call throws), as one JSON
 * body: no server or transport objects, no second pass over the tool list (this router's results
 * carry `structuredContent` only for JSON objects, which every advertised output schema describes,
 * so the SDK's projection of a result leaves it as it is).
 *
 * @example
 * return serveToolCall(session, { id: 1, name: 'GITHUB_GET_REPO', arguments: { owner, repo } }, request.signal);
 */
export async function serveToolCall(
  session: ToolRouterSession,
  call: DirectToolCall,
  signal: AbortSignal,
): Promise<Response> {
  let message: Record<string, unknown>;
  try {
    const result = await session.execute(call.name, call.arguments, { signal });
    message = { result: toCallToolResult(result), jsonrpc: '2.0', id: call.id };
  } catch (error) {
    const thrown = error as { code?: unknown; message?: unknown; data?: unknown };
    message = {
      jsonrpc: '2.0',
      id: call.id,
      error: {
        code: Number.isSafeInteger(thrown?.code) ? thrown.code : JSON_RPC_INTERNAL_ERROR,
        message: typeof thrown?.message === 'string' ? thrown.message : 'Internal error',
        ...(thrown?.data !== undefined ? { data: thrown.data } : {}),
      },
    };
  }
  return new Response(JSON.stringify(message), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
