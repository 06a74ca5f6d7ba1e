import {
  classifyInboundRequest,
  PROTOCOL_VERSION_META_KEY,
  SUPPORTED_PROTOCOL_VERSIONS,
} from '@modelcontextprotocol/server';
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
 * batch) of the keys `jsonrpc`, `id`, `method` and `params`, with a numeric or string id,
 * `params.name` a string, `arguments` absent or an object, `_meta` absent or an object without the
 * 2026-07-28 envelope's version claim; `Accept` naming JSON and SSE, a JSON `Content-Type` and an
 * `Mcp-Protocol-Version` the SDK supports and classifies as 2025-era. Such a message is one the
 * SDK's `isLegacyRequest` calls legacy, so the caller asks this first and skips that (three zod
 * parses of the message per call). Anything the SDK would refuse or treat specially (a missing or
 * unknown version, a malformed message, a modern claim) goes to the SDK, which answers it as before.
 *
 * @example
 * const call = directToolCall(request, parsedBody);
 * if (call) return serveToolCall(session, call, request.signal);
 */
export function directToolCall(request: Request, body: unknown): DirectToolCall | undefined {
  if (!isPlainObject(body) || body.jsonrpc !== '2.0' || body.method !== 'tools/call') return undefined;
  for (const key in body) if (!MESSAGE_KEYS.has(key)) return undefined;
  const { id, params } = body;
  if (!(typeof id === 'number' && Number.isSafeInteger(id)) && typeof id !== 'string') return undefined;
  if (!isPlainObject(params) || typeof params.name !== 'string') return undefined;
  for (const key of Object.keys(params)) if (!PARAM_KEYS.has(key)) return undefined;
  const args = params.arguments ?? {};
  const meta = params._meta;
  if (
    !isPlainObject(args) ||
    (meta !== undefined && (!isPlainObject(meta) || PROTOCOL_VERSION_META_KEY in meta))
  )
    return undefined;
  const headers = request.headers;
  const accept = headers.get('accept') ?? '';
  if (!accept.includes('application/json') || !accept.includes('text/event-stream')) return undefined;
  const contentType = headers.get('content-type') ?? '';
  if (contentType !== 'application/json' && !/^application\/json\s*(;|$)/i.test(contentType))
    return undefined;
  const version = headers.get('mcp-protocol-version');
  if (version === null || !isLegacyVersion(version)) return undefined;
  return { id, name: params.name, arguments: args };
}

const MESSAGE_KEYS = new Set(['jsonrpc', 'id', 'method', 'params']);
const PARAM_KEYS = new Set(['name', 'arguments', '_meta']);
/** Per supported version: whether the SDK classifies a plain `tools/call` under it as 2025-era. */
const legacyVersions = new Map<string, boolean>();

/**
 * Whether `version` is one the SDK supports and routes as 2025-era: asked of the SDK's own
 * classification once per version (a supported version only, so the map stays as small as the
 * SDK's list), so an SDK that moves the line between the eras moves it here too.
 */
function isLegacyVersion(version: string): boolean {
  let legacy = legacyVersions.get(version);
  if (legacy === undefined) {
    if (!SUPPORTED_PROTOCOL_VERSIONS.includes(version)) return false;
    legacy =
      classifyInboundRequest({
        httpMethod: 'POST',
        protocolVersionHeader: version,
        body: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'TOOL', arguments: {} } },
      }).kind === 'legacy';
    legacyVersions.set(version, legacy);
  }
  return legacy;
}

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
