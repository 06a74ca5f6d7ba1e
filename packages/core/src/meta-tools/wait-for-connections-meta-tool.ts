import { findLatestConnectLink } from '../connect/find-latest-connect-link.ts';
import { waitForConnection } from '../connected-account/wait-for-connection.ts';
import { ConnectionFailedError } from '../errors/connection-failed-error.ts';
import { ConnectionRequestTimeoutError } from '../errors/connection-request-timeout-error.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import {
  WAIT_FOR_CONNECTIONS_INPUT_SCHEMA,
  WAIT_FOR_CONNECTIONS_OUTPUT_SCHEMA,
} from './connection-meta-tool-schemas.ts';
import { type MetaTool, type MetaToolContext, metaTool } from './meta-tool.ts';
import {
  activeConnectionStatus,
  type ConnectionStatusResult,
  checkToolkitForConnection,
  MANAGE_CONNECTIONS_SLUG,
  requestedToolkits,
  WAIT_FOR_CONNECTIONS_SLUG,
} from './toolkit-connection-status.ts';

const DEFAULT_TIMEOUT_SECONDS = 60;

/** TOOLROUTER_WAIT_FOR_CONNECTIONS: waits (pushed by events) until the user finished the connect links. */
export const waitForConnectionsMetaTool: MetaTool = {
  tool: metaTool({
    slug: WAIT_FOR_CONNECTIONS_SLUG,
    name: 'Wait for connections',
    description: [
      `Wait until the user has finished connecting the given toolkits through the links ${MANAGE_CONNECTIONS_SLUG} returned, up to timeout_seconds (default 60).`,
      'Call it right after showing the user the links, instead of asking them to tell you when they are done.',
      'It returns once every toolkit is settled; each result has a status: "active" (run its tools now), "initiated" (the user has not finished yet: remind them or call again), "failed" (read message, e.g. the user denied access),',
      `"not_started" (no link was made: call ${MANAGE_CONNECTIONS_SLUG} first), or "no_auth" (nothing to connect).`,
    ].join(' '),
    inputSchema: WAIT_FOR_CONNECTIONS_INPUT_SCHEMA,
    outputSchema: WAIT_FOR_CONNECTIONS_OUTPUT_SCHEMA,
    tags: ['readOnlyHint', 'idempotentHint'],
  }),
  async run(args, context) {
    const requested = requestedToolkits(args);
    const timeoutMs = ((args.timeout_seconds as number | undefined) ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    const results = await Promise.all(requested.map((toolkit) => waitForOne(context, toolkit, timeoutMs)));
    const allActive = results.every((result) => result.status === 'active' || result.status === 'no_auth');
    const steps: string[] = [];
    if (allActive) steps.push('Every toolkit is ready: run the tools with TOOLROUTER_MULTI_EXECUTE_TOOL.');
    if (results.some((result) => result.status === 'initiated')) {
      steps.push(
        `Some connections are still open: remind the user to finish the link, then call ${WAIT_FOR_CONNECTIONS_SLUG} again.`,
      );
    }
    if (results.some((result) => result.status === 'failed' || result.status === 'not_started')) {
      steps.push(
        `For failed or not_started toolkits, call ${MANAGE_CONNECTIONS_SLUG} for a new link if the user wants to try again.`,
      );
    }
    return { results, all_active: allActive, next_steps_guidance: steps };
  },
};

async function waitForOne(
  context: MetaToolContext,
  requested: string,
  timeoutMs: number,
): Promise<ConnectionStatusResult> {
  const checked = checkToolkitForConnection(context, requested);
  if ('status' in checked) return checked;
  const { slug, name } = checked;
  const { runtime } = context;
  try {
    const active = await activeConnectionStatus(context, checked);
    if (active) return active;
    const link = await findLatestConnectLink(runtime, context.session, slug);
    if (!link) {
      return {
        toolkit: slug,
        status: 'not_started',
        message: `No connection to ${name} was started: call ${MANAGE_CONNECTIONS_SLUG} first.`,
      };
    }
    if (link.used_at === null && link.expires_at <= runtime.now().toISOString()) {
      return {
        toolkit: slug,
        status: 'failed',
        connected_account_id: link.connected_account_id,
        message: `The connect link for ${name} expired before the user finished: call ${MANAGE_CONNECTIONS_SLUG} for a new one.`,
      };
    }
    const account = await waitForConnection(runtime, link.connected_account_id, timeoutMs, context.signal);
    return {
      toolkit: slug,
      status: 'active',
      connected_account_id: account.id,
      message: `${name} is now connected: run its tools.`,
    };
  } catch (error) {
    if (ConnectionRequestTimeoutError.isInstance(error)) {
      return {
        toolkit: slug,
        status: 'initiated',
        connected_account_id: error.connectedAccountId,
        message: `The user has not finished connecting ${name} yet.`,
      };
    }
    if (ConnectionFailedError.isInstance(error)) {
      return {
        toolkit: slug,
        status: 'failed',
        connected_account_id: error.connectedAccountId,
        message: error.message,
      };
    }
    if (!ToolRouterError.isInstance(error)) throw error;
    return { toolkit: slug, status: 'failed', message: error.message };
  }
}
