import type { SessionConfig } from './session-config.ts';

/** Whether TOOLROUTER_MANAGE_CONNECTIONS is on (default on, except in the direct-tools preset). */
export function isManageConnectionsEnabled(config: SessionConfig): boolean {
  const manage = config.manageConnections;
  // The direct-tools preset turns meta-tools off unless the config turns them on again.
  if (manage === undefined) return config.sessionPreset !== 'direct_tools';
  if (typeof manage === 'boolean') return manage;
  return manage.enable !== false;
}

/** Whether TOOLROUTER_WAIT_FOR_CONNECTIONS is on (only with `manageConnections.waitForConnections`). */
export function isWaitForConnectionsEnabled(config: SessionConfig): boolean {
  const manage = config.manageConnections;
  return typeof manage === 'object' && manage.enable !== false && manage.waitForConnections === true;
}

/** Whether a meta-tool group is on: `metaTools` decides, else on except in the direct-tools preset. */
export function isMetaToolGroupOn(config: SessionConfig, group: 'search' | 'execute'): boolean {
  return config.metaTools?.[group] ?? config.sessionPreset !== 'direct_tools';
}
