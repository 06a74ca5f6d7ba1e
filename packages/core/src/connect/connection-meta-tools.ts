import type { ConnectionMetaTools } from '../session/session-meta-tools.ts';
import { manageConnectionsMetaTool } from './manage-connections-meta-tool.ts';
import { waitForConnectionsMetaTool } from './wait-for-connections-meta-tool.ts';

/** TOOLROUTER_MANAGE_CONNECTIONS and TOOLROUTER_WAIT_FOR_CONNECTIONS, registered by every router. */
export const connectionMetaTools: ConnectionMetaTools = {
  manage: manageConnectionsMetaTool,
  wait: waitForConnectionsMetaTool,
};
