import { suggestSimilar } from '../catalog/suggest-similar.ts';
import { isNoAuthToolkit } from '../catalog/tool.ts';
import { authorizeConnection } from '../connect/authorize-connection.ts';
import { ToolRouterError } from '../errors/tool-router-error.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import { isToolkitEnabled } from '../session-config/session-policy.ts';
import {
  MANAGE_CONNECTIONS_INPUT_SCHEMA,
  MANAGE_CONNECTIONS_OUTPUT_SCHEMA,
} from './connection-meta-tool-schemas.ts';
import { type MetaTool, type MetaToolContext, metaTool } from './meta-tool.ts';

export const MANAGE_CONNECTIONS_SLUG = 'TOOLROUTER_MANAGE_CONNECTIONS';
export const WAIT_FOR_CONNECTIONS_SLUG = 'TOOLROUTER_WAIT_FOR_CONNECTIONS';

/** One toolkit's line in the answers of the connection meta-tools. */
export interface ConnectionStatusResult {
  toolkit: string;
  status: 'active' | 'initiated' | 'failed' | 'no_auth' | 'not_started';
  redirect_url?: string;
  connected_account_id?: string;
  message: string;
}

/**
 * The toolkit a model named, or a `failed` / `no_auth` line that says why there is nothing to
 * connect. Slugs are matched case-insensitively.
 */
export function checkToolkitForConnection(
  context: MetaToolContext,
  requested: string,
): { slug: string; name: string } | ConnectionStatusResult {
  const { catalog } = context.runtime;
  const slug = requested.trim().toLowerCase();
  const toolkit = catalog.findToolkit(slug);
  if (!toolkit) {
    const suggestions = suggestSimilar(slug, catalog.toolkitSlugs());
    return {
      toolkit: requested,
      status: 'failed',
      message: `Unknown toolkit '${requested}'.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} Use the toolkit slugs TOOLROUTER_SEARCH_TOOLS returns.`,
    };
  }
  if (isNoAuthToolkit(toolkit)) {
    return {
      toolkit: slug,
      status: 'no_auth',
      message: `${toolkit.name} needs no connection: its tools run as they are.`,
    };
  }
  if (!isToolkitEnabled(context.session.config, slug)) {
    return {
      toolkit: slug,
      status: 'failed',
      message: `${toolkit.name} is not enabled in this session, so it cannot be connected or used here.`,
    };
  }
  return { slug, name: toolkit.name };
}

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
    const requested = [
      ...new Set((args.toolkits as string[]).map((toolkit) => toolkit.trim().toLowerCase())),
    ];
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
      const resolution = await resolveConnectedAccount(runtime, {
        userId: session.userId,
        toolkit: slug,
        config: session.config,
        allowCreate: false,
      });
      if (resolution.kind === 'account') {
        return {
          toolkit: slug,
          status: 'active',
          connected_account_id: resolution.account.id,
          message: `${name} is connected: run its tools.`,
        };
      }
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
