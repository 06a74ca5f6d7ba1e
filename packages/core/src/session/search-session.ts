import { searchSessionTools } from '../meta-tools/search-session-tools.ts';
import { listUsableAccounts, type UsableAccount } from '../precedence/list-usable-accounts.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { describeSessionToolkit } from './list-session-toolkits.ts';
import type { SessionSearchInput, SessionSearchResult } from './session-host.ts';

/**
 * `session.search` in embedded mode: the session's tools for a task, best first, each with whether
 * its toolkit can run now and, for a toolkit that needs auth, the accounts a call may name. Each
 * toolkit's state is read once, however many of its tools are hits.
 */
export async function searchSession(
  runtime: RouterRuntime,
  identity: SessionIdentity,
  input: SessionSearchInput,
): Promise<SessionSearchResult[]> {
  const { query, toolkits, limit } = input;
  const hits = await searchSessionTools(runtime, identity.config, {
    query,
    limit,
    ...(toolkits ? { toolkits } : {}),
  });
  const connected = new Map<string, boolean>();
  const accounts = new Map<string, UsableAccount[]>();
  const results: SessionSearchResult[] = [];
  for (const hit of hits) {
    const { tool } = runtime.catalog.getTool(hit.slug);
    if (!connected.has(tool.toolkit)) {
      const described = await describeSessionToolkit(runtime, identity, tool.toolkit);
      connected.set(tool.toolkit, described.isNoAuth || described.connection?.isActive === true);
      if (!described.isNoAuth) {
        accounts.set(tool.toolkit, await listUsableAccounts(runtime, { ...identity, toolkit: tool.toolkit }));
      }
    }
    const usable = accounts.get(tool.toolkit);
    results.push({
      slug: tool.slug,
      name: tool.name,
      description: tool.description,
      toolkit: tool.toolkit,
      inputSchema: tool.inputSchema,
      score: hit.score,
      isConnected: connected.get(tool.toolkit)!,
      ...(usable && usable.length > 0 ? { accounts: usable } : {}),
    });
  }
  return results;
}
