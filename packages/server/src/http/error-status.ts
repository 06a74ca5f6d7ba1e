/** HTTP status for each `ToolRouterError` code; codes ending in `_NOT_FOUND` are 404. */
const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_ERROR: 400,
  INVALID_TOOL_ARGUMENTS: 400,
  NO_AUTH_CONFIG: 400,
  OAUTH_STATE_INVALID: 400,
  CONNECTED_ACCOUNT_OWNERSHIP: 403,
  CREDENTIALS_REJECTED: 422,
  CONFLICT: 409,
  SESSION_CONFIG_CONFLICT: 409,
  CONNECTION_REQUIRED: 409,
  CONNECTION_FAILED: 409,
  CONNECT_LINK_USED: 409,
  CREDENTIALS_UNAVAILABLE: 409,
  CONNECT_LINK_BROWSER_MISMATCH: 403,
  CONNECT_LINK_EXPIRED: 410,
  CONNECTION_REQUEST_TIMEOUT: 408,
  OAUTH_TOKEN_ERROR: 502,
  OUTBOUND_REQUEST_REFUSED: 403,
  STORE_ERROR: 503,
  TOOL_TIMEOUT: 504,
};

/**
 * The HTTP status a toolrouter error code maps to: caller mistakes are 4xx, an unreachable store
 * is 503, anything unknown is 500.
 *
 * @example
 * errorStatus('SESSION_NOT_FOUND'); // 404
 */
export function errorStatus(code: string): number {
  const status = STATUS_BY_CODE[code];
  if (status !== undefined) return status;
  if (code.endsWith('_NOT_FOUND')) return 404;
  return 500;
}
