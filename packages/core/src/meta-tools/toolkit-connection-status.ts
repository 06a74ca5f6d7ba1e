import { suggestSimilar } from '../catalog/suggest-similar.ts';
import { isNoAuthToolkit } from '../catalog/tool.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import { isToolkitEnabled } from '../session-config/session-policy.ts';
import type { MetaToolContext } from './meta-tool.ts';

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

/** The toolkit slugs a connection meta-tool was given: trimmed, lower-cased, each once. */
export function requestedToolkits(args: Record<string, unknown>): string[] {
  return [...new Set((args.toolkits as string[]).map((toolkit) => toolkit.trim().toLowerCase()))];
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

/**
 * The `active` line when the account precedence picks for the session's user is ACTIVE now (no
 * auth config or account is made to find out), else undefined.
 */
export async function activeConnectionStatus(
  context: MetaToolContext,
  toolkit: { slug: string; name: string },
): Promise<ConnectionStatusResult | undefined> {
  const { runtime, session } = context;
  const resolution = await resolveConnectedAccount(runtime, {
    userId: session.userId,
    toolkit: toolkit.slug,
    config: session.config,
    allowCreate: false,
  });
  if (resolution.kind !== 'account') return undefined;
  return {
    toolkit: toolkit.slug,
    status: 'active',
    connected_account_id: resolution.account.id,
    message: `${toolkit.name} is connected: run its tools.`,
  };
}
