/**
 * Whether a parsed body is a JSON-RPC 2.0 message (request, notification or response) or a
 * non-empty batch of them; anything else is an invalid request (-32600).
 *
 * @example
 * isJsonRpcMessage({ jsonrpc: '2.0', id: 1, method: 'tools/list' }); // true
 * isJsonRpcMessage({ hello: 'world' }); // false
 */
export function isJsonRpcMessage(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(isSingleMessage);
  return isSingleMessage(value);
}

function isSingleMessage(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const message = value as Record<string, unknown>;
  if (message.jsonrpc !== '2.0') return false;
  const id = message.id;
  // MCP narrows JSON-RPC: ids are strings or integers, params an object (never an array).
  const validId = id === undefined || typeof id === 'string' || Number.isSafeInteger(id);
  if (!validId) return false;
  if (typeof message.method === 'string') {
    const params = message.params;
    return params === undefined || (typeof params === 'object' && params !== null && !Array.isArray(params));
  }
  return id !== undefined && ('result' in message || 'error' in message);
}
