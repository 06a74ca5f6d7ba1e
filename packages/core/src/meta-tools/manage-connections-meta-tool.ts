import { authorizeConnection } from '../connect/authorize-connection.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import {
  MANAGE_CONNECTIONS_INPUT_SCHEMA,
  MANAGE_CONNECTIONS_OUTPUT_SCHEMA,
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

/** TOOLROUTER_MANAGE_CONNECTIONS: connect links for the toolkits the user still has to connect. */
export const manageConnectionsMetaTool: MetaTool = {
  tool: metaTool({
    slug: MANAGE_CONNECTIONS_SLUG,
    name: 'Manage connections',
    description: [
      'Check whether the user has connected the apps (toolkits) you need, and get a connect link for each one that is not connected yet.',
      "Call it when TOOLROUTER_SEARCH_TOOLS reports a toolkit as not connected, or when a tool result says connection_required, before running that toolkit's tools.",
      'Each result has a status: "active" (ready, run the tools), "initiated" (show the user redirect_url as a clickable link and ask them to open it; it works for 10 minutes), "failed" (read message), or "no_auth" (nothing to connect).',
      'Calling it again for a toolkit whose link is still pending returns the same link, so it is safe to repeat.',
      'Set reinitiate_all only when the user asks to reconnect: it makes links even for connected toolkits. Set add_account when the user wants to connect another account of an app they already connected (e.g. a second GitHub login).',
      'Never invent or alter a link; give the user redirect_url exactly as returned.',
    ].join(' '),
    inputSchema: MANAGE_CONNECTIONS_INPUT_SCHEMA,
    outputSchema: MANAGE_CONNECTIONS_OUTPUT_SCHEMA,
    tags: ['openWorldHint'],
  }),
  async run(args, context) {
    const requested = requestedToolkits(args);
    const reinitiate = args.reinitiate_all === true || args.add_account === true;
    const results = await Promise.all(requested.map((toolkit) => manageOne(context, toolkit, reinitiate)));
    return { results, next_steps_guidance: guidance(results, context) };
  },
};

async function manageOne(
  context: MetaToolContext,
  requested: string,
  reinitiate: boolean,
): Promise<ConnectionStatusResult> {
  const checked = checkToolkitForConnection(context, requested);
  if ('status' in checked) return checked;
  const { slug, name } = checked;
  const { runtime, session } = context;
  try {
    if (!reinitiate) {
      const active = await activeConnectionStatus(context, checked);
      if (active) return active;
    }
    const request = await authorizeConnection(runtime, session, slug);
    return {
      toolkit: slug,
      status: 'initiated',
      redirect_url: request.redirectUrl,
      connected_account_id: request.id,
      message: `Ask the user to open ${request.redirectUrl} to connect ${name}. The link works until ${request.expiresAt}.`,
    };
  } catch (error) {
    if (!ToolRouterError.isInstance(error)) throw error;
    return { toolkit: slug, status: 'failed', message: error.message };
  }
}

function guidance(results: ConnectionStatusResult[], context: MetaToolContext): string[] {
  const steps: string[] = [];
  const initiated = results.filter((result) => result.status === 'initiated');
  if (initiated.length > 0) {
    const waits = context.session.config.manageConnections;
    const canWait = typeof waits === 'object' && waits.waitForConnections === true;
    steps.push(
      `Show the user the redirect_url of ${initiated.map((result) => result.toolkit).join(', ')} as clickable links and ask them to connect. ${
        canWait
          ? `Then call ${WAIT_FOR_CONNECTIONS_SLUG} with the same toolkits to wait until they are done.`
          : 'Then wait for the user to say they are done before running those tools.'
      }`,
    );
  }
  if (results.some((result) => result.status === 'active' || result.status === 'no_auth')) {
    steps.push(
      'Toolkits that are active or no_auth are ready: run their tools with TOOLROUTER_MULTI_EXECUTE_TOOL.',
    );
  }
  if (results.some((result) => result.status === 'failed')) {
    steps.push('For failed toolkits, tell the user the message; do not retry with the same input.');
  }
  return steps;
}
