import { getToolSchemasMetaTool } from '../meta-tools/get-tool-schemas-meta-tool.ts';
import type { MetaTool } from '../meta-tools/meta-tool.ts';
import { multiExecuteMetaTool } from '../meta-tools/multi-execute-meta-tool.ts';
import { searchToolsMetaTool } from '../meta-tools/search-tools-meta-tool.ts';
import type { SessionConfig } from './session-config.ts';

/** Meta-tools for connections (TOOLROUTER_MANAGE_CONNECTIONS, TOOLROUTER_WAIT_FOR_CONNECTIONS), set by the connect module. */
export interface ConnectionMetaTools {
  manage?: MetaTool;
  wait?: MetaTool;
}

const connectionMetaTools: ConnectionMetaTools = {};

/** Registers the connection meta-tools (kept apart so the search/execute core does not depend on connect flows). */
export function registerConnectionMetaTools(tools: ConnectionMetaTools): void {
  Object.assign(connectionMetaTools, tools);
}

export function isManageConnectionsEnabled(config: SessionConfig): boolean {
  const manage = config.manageConnections;
  // The direct-tools preset turns meta-tools off unless the config turns them on again.
  if (manage === undefined) return config.sessionPreset !== 'direct_tools';
  if (typeof manage === 'boolean') return manage;
  return manage.enable !== false;
}

function isWaitEnabled(config: SessionConfig): boolean {
  const manage = config.manageConnections;
  return typeof manage === 'object' && manage.enable !== false && manage.waitForConnections === true;
}

/** Whether a meta-tool group is on: `metaTools` decides, else on except in the direct-tools preset. */
function isMetaToolOn(config: SessionConfig, group: 'search' | 'execute'): boolean {
  return config.metaTools?.[group] ?? config.sessionPreset !== 'direct_tools';
}

/** The meta-tools a session exposes, in the order agents should read them. */
export function sessionMetaTools(config: SessionConfig): MetaTool[] {
  const tools: MetaTool[] = [];
  if (isMetaToolOn(config, 'search')) tools.push(searchToolsMetaTool, getToolSchemasMetaTool);
  if (isMetaToolOn(config, 'execute')) tools.push(multiExecuteMetaTool);
  if (isManageConnectionsEnabled(config) && connectionMetaTools.manage)
    tools.push(connectionMetaTools.manage);
  if (isWaitEnabled(config) && connectionMetaTools.wait) tools.push(connectionMetaTools.wait);
  return tools;
}

export function findSessionMetaTool(config: SessionConfig, slug: string): MetaTool | undefined {
  return sessionMetaTools(config).find((metaTool) => metaTool.tool.slug === slug);
}
