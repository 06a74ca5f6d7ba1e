import type { ToolkitDefinition } from '@toolrouter/toolkits';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { isManageConnectionsEnabled } from '../session-config/meta-tool-switches.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { authorizeConnection } from './authorize-connection.ts';

/** The tool result data when a toolkit needs a connection (DESIGN §4: a result, not an exception). */
export interface ConnectionRequiredData {
  connection_required: true;
  toolkit: string;
  /** Display name for buttons such as "Connect GitHub". */
  toolkit_name: string;
  auth_config_id: string | null;
  /** The connect link to show the user, when this session may start connections. */
  redirect_url: string | null;
  connected_account_id?: string;
  /** The API's own answer, when it rejected the credentials the account held (redacted, trimmed). */
  upstream?: unknown;
}

/**
 * What `execute` answers when the user must connect first: when the session may manage
 * connections it carries a connect link (the pending one, re-used, or a new one) so the agent can
 * hand it to the user at once; otherwise it says to connect in the application.
 */
export async function connectionRequiredResult(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolkit: ToolkitDefinition,
  authConfigId: string | null,
  reason: string,
): Promise<{ successful: false; data: ConnectionRequiredData; error: string }> {
  let request: Awaited<ReturnType<typeof authorizeConnection>> | undefined;
  let unavailable: string | undefined;
  if (isManageConnectionsEnabled(session.config)) {
    try {
      request = await authorizeConnection(runtime, session, toolkit.slug);
    } catch (error) {
      if (!ToolRouterError.isInstance(error)) throw error;
      unavailable = error.message;
    }
  }
  const next = request
    ? `Ask the user to open ${request.redirectUrl} to connect ${toolkit.name} (the link works for 10 minutes), then run the tool again.`
    : isManageConnectionsEnabled(session.config)
      ? `No connect link could be made: ${unavailable}`
      : `This session cannot start connections: ask the user to connect ${toolkit.name} in the application, then run the tool again.`;
  return {
    successful: false,
    data: {
      connection_required: true,
      toolkit: toolkit.slug,
      toolkit_name: toolkit.name,
      auth_config_id: authConfigId,
      redirect_url: request?.redirectUrl ?? null,
      ...(request ? { connected_account_id: request.id } : {}),
    },
    error: `${toolkit.name} is not connected for this user (${reason}). ${next}`,
  };
}
