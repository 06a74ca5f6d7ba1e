import type { Tag } from '@toolrouter/toolkits';
import { SESSION_CONFIG_SCHEMA, type SESSION_PRESETS } from './session-config-schema.ts';

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

/** Several accounts of one toolkit per user, and whether the agent must say which one runs (Composio's meaning). */
export interface MultiAccountConfig {
  enable?: boolean;
  /** How many accounts of one toolkit a user may connect through this session: 2-10, default 5. */
  maxAccountsPerToolkit?: number;
  /** With several usable accounts, a call without `account` gets a result listing them instead of running. */
  requireExplicitSelection?: boolean;
}

/** Which meta-tools the session exposes; `false` turns one off. */
export interface MetaToolsConfig {
  /** TOOLROUTER_SEARCH_TOOLS and TOOLROUTER_GET_TOOL_SCHEMAS. */
  search?: boolean;
  /** TOOLROUTER_MULTI_EXECUTE_TOOL. */
  execute?: boolean;
}

/**
 * `'default'`: meta-tools (+ preloaded tools). `'direct_tools'`: every tool the filters allow, as
 * tools of their own, and no meta-tools unless `metaTools` / `manageConnections` turn some on.
 */
export type SessionPreset = (typeof SESSION_PRESETS)[number];

/** What a session may use (DESIGN §2). Unknown keys are a ValidationError naming the key. */
export interface SessionConfig {
  toolkits?: ToggleList;
  tools?: Record<string, ToolFilter>;
  tags?: Tag[] | { enable?: Tag[]; disable?: Tag[] };
  authConfigs?: Record<string, string>;
  /** One account per toolkit, or the set of accounts the agent may choose from. */
  connectedAccounts?: Record<string, string | string[]>;
  manageConnections?: boolean | ManageConnectionsConfig;
  /** App tools exposed directly beside the meta-tools; `'all'`: every tool the filters allow. */
  preload?: { tools: string[] | 'all' };
  multiAccount?: MultiAccountConfig;
  sessionPreset?: SessionPreset;
  metaTools?: MetaToolsConfig;
  /** Accepted for Composio compatibility: every session has an MCP URL. */
  mcp?: boolean;
}

/** What `session.update()` takes: keys given replace the old ones; `null` removes a key. */
export type SessionConfigUpdate = { [Key in keyof SessionConfig]?: SessionConfig[Key] | null };

/** The keys a session config may have, in the order of `SESSION_CONFIG_SCHEMA`. */
export const SESSION_CONFIG_KEYS = Object.keys(SESSION_CONFIG_SCHEMA.properties) as (keyof SessionConfig)[];

/** Composio session keys this router does not implement yet: refused with "not supported yet". */
export const UNSUPPORTED_SESSION_CONFIG_KEYS: readonly string[] = ['workbench', 'experimental'];

/** Defaults of `multiAccount` (Composio's). */
export const DEFAULT_MAX_ACCOUNTS_PER_TOOLKIT = 5;

/** The pinned account ids of a toolkit (none, one or a set). */
export function pinnedAccountIds(config: SessionConfig, toolkit: string): string[] {
  const pinned = config.connectedAccounts?.[toolkit];
  if (pinned === undefined) return [];
  return Array.isArray(pinned) ? pinned : [pinned];
}

/** Whether the session lets one user hold several accounts of a toolkit and choose among them. */
export function isMultiAccountEnabled(config: SessionConfig): boolean {
  return config.multiAccount?.enable === true;
}
