import type { Tag } from '@toolrouter/toolkits';

/** An array means enable; omitted or `{ disable: [] }` means every one; `{ enable: [] }` means none. */
export type ToggleList<T extends string = string> = T[] | { enable: T[] } | { disable: T[] };

/** Per-toolkit tool filter: slugs to enable or disable, or tags a tool must carry. */
export type ToolFilter = ToggleList | { tags: Tag[] };

export interface ManageConnectionsConfig {
  enable?: boolean;
  /** Where the user lands after connecting; must be allow-listed on the server. */
  callbackUrl?: string;
  /** Adds TOOLROUTER_WAIT_FOR_CONNECTIONS to the meta-tools. */
  waitForConnections?: boolean;
}

/** What a session may use (DESIGN §2). Unknown keys are a ValidationError naming the key. */
export interface SessionConfig {
  toolkits?: ToggleList;
  tools?: Record<string, ToolFilter>;
  tags?: Tag[] | { enable?: Tag[]; disable?: Tag[] };
  authConfigs?: Record<string, string>;
  connectedAccounts?: Record<string, string>;
  manageConnections?: boolean | ManageConnectionsConfig;
  preload?: { tools: string[] };
}

export const SESSION_CONFIG_KEYS: readonly (keyof SessionConfig)[] = [
  'toolkits',
  'tools',
  'tags',
  'authConfigs',
  'connectedAccounts',
  'manageConnections',
  'preload',
];
