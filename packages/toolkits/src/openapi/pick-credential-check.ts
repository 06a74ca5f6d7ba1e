import type { CredentialCheck, ToolDefinition } from '../toolkit/toolkit-types.ts';

/** Paths that answer "who am I" on most APIs, best first. */
const IDENTITY_PATH = /\/(user|me|viewer|whoami|self|account|profile|users\/me|users\/self)\/?$/i;

/**
 * The check request of a generated toolkit: a GET without path parameters or required input, the
 * identity-like one (`/user`, `/me`, `/account` …) when there is one, else the shortest. It only
 * reads, so it is safe to send before storing credentials. Undefined when no GET qualifies.
 *
 * @example
 * pickCredentialCheck(tools); // { method: 'GET', path: '/user', identity: ['login', 'email', 'username', 'name'] }
 */
export function pickCredentialCheck(
  tools: readonly ToolDefinition[],
  headers?: Record<string, string>,
): CredentialCheck | undefined {
  const candidates = tools.filter(
    (tool) =>
      tool.request?.method === 'GET' &&
      !tool.request.path.includes('{') &&
      ((tool.inputSchema.required as string[] | undefined) ?? []).length === 0,
  );
  const identity = candidates.find((tool) => IDENTITY_PATH.test(tool.request!.path));
  const chosen =
    identity ?? [...candidates].sort((a, b) => a.request!.path.length - b.request!.path.length)[0];
  if (!chosen) return undefined;
  return {
    method: 'GET',
    path: chosen.request!.path,
    // Only an identity-like answer says whose the credentials are.
    ...(identity ? { identity: ['login', 'email', 'username', 'name'] } : {}),
    ...(headers ? { headers: { ...headers } } : {}),
  };
}
