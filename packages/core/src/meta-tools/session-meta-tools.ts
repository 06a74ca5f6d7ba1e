import {
  isManageConnectionsEnabled,
  isMetaToolGroupOn,
  isWaitForConnectionsEnabled,
} from '../session-config/meta-tool-switches.ts';
import type { SessionConfig } from '../session-config/session-config.ts';
import { getToolSchemasMetaTool } from './get-tool-schemas-meta-tool.ts';
import { manageConnectionsMetaTool } from './manage-connections-meta-tool.ts';
import type { MetaTool } from './meta-tool.ts';
import { multiExecuteMetaTool } from './multi-execute-meta-tool.ts';
import { searchToolsMetaTool } from './search-tools-meta-tool.ts';
import { waitForConnectionsMetaTool } from './wait-for-connections-meta-tool.ts';

/** The meta-tools a session exposes, in the order agents should read them. */
export function sessionMetaTools(config: SessionConfig): MetaTool[] {
  const tools: MetaTool[] = [];
  if (isMetaToolGroupOn(config, 'search')) tools.push(searchToolsMetaTool, getToolSchemasMetaTool);
  if (isMetaToolGroupOn(config, 'execute')) tools.push(multiExecuteMetaTool);
  if (isManageConnectionsEnabled(config)) tools.push(manageConnectionsMetaTool);
  if (isWaitForConnectionsEnabled(config)) tools.push(waitForConnectionsMetaTool);
  return tools;
}

/** The session's meta-tool with this slug, if the session exposes it. */
export function findSessionMetaTool(config: SessionConfig, slug: string): MetaTool | undefined {
  return sessionMetaTools(config).find((metaTool) => metaTool.tool.slug === slug);
}
