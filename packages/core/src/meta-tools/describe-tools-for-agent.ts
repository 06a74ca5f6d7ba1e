import {
  describeUsableAccount,
  listUsableAccounts,
  type UsableAccount,
} from '../precedence/list-usable-accounts.ts';
import { describeSessionToolkit } from '../session/list-session-toolkits.ts';
import { isManageConnectionsEnabled } from '../session-config/meta-tool-switches.ts';
import type { MetaToolContext } from './meta-tool.ts';

export interface AgentToolSchema {
  toolkit: string;
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  output_schema?: Record<string, unknown>;
}

export interface AgentToolkitStatus {
  toolkit: string;
  status: 'active' | 'not_connected' | 'no_auth';
  has_active_connection: boolean;
  connected_account_id?: string;
  connected_account_status?: string;
  /** The user's ACTIVE accounts of the toolkit; name one in `account` to choose (id or alias). */
  accounts?: UsableAccount[];
}

/**
 * Schemas of tools (as the agent sees them, after `modifySchema`), the connection status of their
 * toolkits for this user, and what the agent should do next.
 */
export async function describeToolsForAgent(context: MetaToolContext, slugs: string[]) {
  const { runtime, session, modifiers } = context;
  const schemas: Record<string, AgentToolSchema> = {};
  const toolkits = new Set<string>();
  for (const slug of slugs) {
    const registered = runtime.catalog.findTool(slug);
    if (!registered) continue;
    const tool = modifiers.modifySchema
      ? modifiers.modifySchema({ toolSlug: slug, toolkit: registered.tool.toolkit, schema: registered.tool })
      : registered.tool;
    schemas[slug] = {
      toolkit: tool.toolkit,
      name: tool.name,
      description: tool.description,
      input_schema: tool.inputSchema,
      ...(tool.outputSchema ? { output_schema: tool.outputSchema } : {}),
    };
    toolkits.add(tool.toolkit);
  }
  const connections: AgentToolkitStatus[] = [];
  const guidance: string[] = [];
  const canConnect = isManageConnectionsEnabled(session.config);
  for (const toolkit of toolkits) {
    const described = await describeSessionToolkit(runtime, session, toolkit);
    const status: AgentToolkitStatus['status'] = described.isNoAuth
      ? 'no_auth'
      : described.connection?.isActive
        ? 'active'
        : 'not_connected';
    const accounts = status === 'active' ? await listUsableAccounts(runtime, { ...session, toolkit }) : [];
    connections.push({
      toolkit,
      status,
      has_active_connection: status !== 'not_connected',
      ...(described.connection?.connectedAccount
        ? {
            connected_account_id: described.connection.connectedAccount.id,
            connected_account_status: described.connection.connectedAccount.status,
          }
        : {}),
      ...(accounts.length > 0 ? { accounts } : {}),
    });
    if (accounts.length > 1) {
      const multiAccount = session.config.multiAccount;
      guidance.push(
        multiAccount?.enable && multiAccount.requireExplicitSelection
          ? `${described.name} has ${accounts.length} accounts for this user: every ${toolkit} call must set account (id or alias) to one of ${accounts.map(describeUsableAccount).join('; ')}. Ask the user which one when it is not clear.`
          : `${described.name} has ${accounts.length} accounts for this user; ${describeUsableAccount(accounts[0]!)} runs unless a call sets account (id or alias) to another: ${accounts.slice(1).map(describeUsableAccount).join('; ')}.`,
      );
    }
    if (status === 'not_connected') {
      guidance.push(
        canConnect
          ? `${described.name} is not connected for this user: call TOOLROUTER_MANAGE_CONNECTIONS with {"toolkits":["${toolkit}"]}, show the user the redirect_url, and run ${toolkit} tools once it is active.`
          : `${described.name} is not connected for this user and this session cannot start connections: tell the user to connect ${described.name} in the application first.`,
      );
    }
  }
  if (Object.keys(schemas).length > 0) {
    guidance.push(
      'Run the tools with TOOLROUTER_MULTI_EXECUTE_TOOL: {"tools":[{"tool_slug":"<slug>","arguments":{...}}]}, arguments matching input_schema exactly; independent calls can go in one request.',
    );
  }
  return { schemas, connections, guidance };
}
