/** JSON-RPC error codes the endpoint answers itself, before the MCP SDK sees a request. */
export const JSON_RPC_PARSE_ERROR = -32700;
export const JSON_RPC_INVALID_REQUEST = -32600;
/** Implementation-defined server errors (-32000 to -32099): refused before dispatch. */
export const JSON_RPC_SERVER_ERROR = -32000;

/**
 * An HTTP response carrying a JSON-RPC error object (`id: null`: the request was not dispatched).
 *
 * @example
 * return jsonRpcErrorResponse(400, JSON_RPC_PARSE_ERROR, 'Parse error: the body is not valid JSON.');
 */
export function jsonRpcErrorResponse(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
