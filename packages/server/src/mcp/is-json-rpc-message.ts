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
  const validId =
    id === undefined || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  if (!validId) return false;
  if (typeof message.method === 'string') {
    return message.params === undefined || (typeof message.params === 'object' && message.params !== null);
  }
  return id !== undefined && ('result' in message || 'error' in message);
}
