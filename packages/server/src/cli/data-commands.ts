import type { AuthConfig, ConnectedAccount, ExecutionLog, LogPayload, Toolkit } from '@toolrouter/core';
import type { AnyToolRouter } from '../api/api-context.ts';
import { formatTable, type TableColumn } from './format-table.ts';

type Values = Record<string, string | boolean | undefined>;

/** A read-only CLI command over the router: prints a table, or JSON with `--json`. */
export interface DataCommand {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  /** Takes one positional argument (the id or slug to get). */
  positional?: string;
  run(
    router: AnyToolRouter,
    values: Values,
    argument: string | undefined,
  ): Promise<{ json: unknown; text: string }>;
}

const TOOLKIT_COLUMNS: TableColumn<Toolkit>[] = [
  { heading: 'SLUG', value: (toolkit) => toolkit.slug },
  { heading: 'NAME', value: (toolkit) => toolkit.name },
  { heading: 'AUTH', value: (toolkit) => (toolkit.isNoAuth ? 'none' : toolkit.authModes.join(',')) },
  { heading: 'TOOLS', value: (toolkit) => toolkit.toolCount },
];
const AUTH_CONFIG_COLUMNS: TableColumn<AuthConfig>[] = [
  { heading: 'ID', value: (config) => config.id },
  { heading: 'TOOLKIT', value: (config) => config.toolkit },
  { heading: 'MODE', value: (config) => config.mode },
  { heading: 'NAME', value: (config) => config.name },
  { heading: 'DEFAULT', value: (config) => (config.isDefault ? 'yes' : '') },
  { heading: 'MANAGED', value: (config) => (config.isManaged ? 'yes' : '') },
  { heading: 'CREATED', value: (config) => config.createdAt },
];
const ACCOUNT_COLUMNS: TableColumn<ConnectedAccount>[] = [
  { heading: 'ID', value: (account) => account.id },
  { heading: 'USER', value: (account) => account.userId },
  { heading: 'TOOLKIT', value: (account) => account.toolkit },
  { heading: 'STATUS', value: (account) => account.status },
  { heading: 'ALIAS', value: (account) => account.alias },
  { heading: 'UPDATED', value: (account) => account.updatedAt },
  { heading: 'REASON', value: (account) => account.statusReason },
];
const SESSION_COLUMNS: TableColumn<SessionRow>[] = [
  { heading: 'ID', value: (session) => session.sessionId },
  { heading: 'USER', value: (session) => session.userId },
  { heading: 'VERSION', value: (session) => session.configVersion },
  { heading: 'CONFIG', value: (session) => JSON.stringify(session.config) },
];
const LOG_COLUMNS: TableColumn<ExecutionLog>[] = [
  { heading: 'ID', value: (log) => log.id },
  { heading: 'TIME', value: (log) => log.createdAt },
  { heading: 'USER', value: (log) => log.userId },
  { heading: 'TOOL', value: (log) => log.toolSlug },
  { heading: 'OK', value: (log) => (log.successful ? 'yes' : 'no') },
  { heading: 'MS', value: (log) => log.durationMs },
  { heading: 'SESSION', value: (log) => log.sessionId },
  { heading: 'ERROR', value: (log) => log.error },
];

interface SessionRow {
  sessionId: string;
  userId: string;
  configVersion: number;
  config: unknown;
  mcp: { url: string };
}

/** The session without its MCP token: listings are for reading, `sessions create` prints the token once. */
function sessionRow(session: SessionRow): SessionRow {
  return {
    sessionId: session.sessionId,
    userId: session.userId,
    configVersion: session.configVersion,
    config: session.config,
    mcp: { url: session.mcp.url },
  };
}

/** `key: value` lines for one record. */
function describe(record: object): string {
  return Object.entries(record)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('\n');
}

const string = (values: Values, name: string) =>
  typeof values[name] === 'string' && values[name] !== '' ? (values[name] as string) : undefined;

/** The list and get commands, by `<noun> <verb>`. */
export const DATA_COMMANDS: Record<string, DataCommand> = {
  'toolkits list': {
    usage: 'toolkits list [--search <text>] [--json]   Toolkits of the catalog (built-in and custom).',
    options: { search: { type: 'string' } },
    async run(router, values) {
      const search = string(values, 'search')?.toLowerCase();
      const toolkits = (await router.toolkits.list()).filter(
        (toolkit) =>
          !search || `${toolkit.slug} ${toolkit.name} ${toolkit.description}`.toLowerCase().includes(search),
      );
      return { json: toolkits, text: formatTable(toolkits, TOOLKIT_COLUMNS) };
    },
  },
  'toolkits get': {
    usage: 'toolkits get <slug> [--json]   One toolkit and its tools.',
    options: {},
    positional: 'slug',
    async run(router, _values, slug) {
      const toolkit = await router.toolkits.get(slug!);
      const tools = await router.tools.list({ toolkit: toolkit.slug });
      const text = `${describe(toolkit)}\n\n${formatTable(tools, [
        { heading: 'TOOL', value: (tool) => tool.slug },
        { heading: 'TAGS', value: (tool) => tool.tags.join(',') },
        { heading: 'DESCRIPTION', value: (tool) => tool.description },
      ])}`;
      return { json: { ...toolkit, tools }, text };
    },
  },
  'auth-configs list': {
    usage: 'auth-configs list [--toolkit <slug>] [--json]   Auth configs (app credentials are never shown).',
    options: { toolkit: { type: 'string' } },
    async run(router, values) {
      const toolkit = string(values, 'toolkit');
      const configs = await router.authConfigs.list(toolkit ? { toolkit } : {});
      return { json: configs, text: formatTable(configs, AUTH_CONFIG_COLUMNS) };
    },
  },
  'auth-configs get': {
    usage: 'auth-configs get <id> [--json]   One auth config.',
    options: {},
    positional: 'id',
    async run(router, _values, id) {
      const config = await router.authConfigs.get(id!);
      return { json: config, text: describe(config) };
    },
  },
  'accounts list': {
    usage:
      'accounts list [--user <id>] [--toolkit <slug>] [--status <STATUS>] [--json]   Connected accounts (credentials are never shown).',
    options: { user: { type: 'string' }, toolkit: { type: 'string' }, status: { type: 'string' } },
    async run(router, values) {
      const user = string(values, 'user');
      const toolkit = string(values, 'toolkit');
      const status = string(values, 'status')?.toUpperCase();
      const accounts = await router.connectedAccounts.list({
        ...(user ? { userId: user } : {}),
        ...(toolkit ? { toolkit } : {}),
        ...(status ? { status: status as ConnectedAccount['status'] } : {}),
      });
      return { json: accounts, text: formatTable(accounts, ACCOUNT_COLUMNS) };
    },
  },
  'accounts get': {
    usage: 'accounts get <id> [--json]   One connected account.',
    options: {},
    positional: 'id',
    async run(router, _values, id) {
      const account = await router.connectedAccounts.get(id!);
      return { json: account, text: describe(account) };
    },
  },
  'sessions list': {
    usage: 'sessions list [--user <id>] [--json]   Sessions, newest first (MCP tokens are never shown).',
    options: { user: { type: 'string' } },
    async run(router, values) {
      const user = string(values, 'user');
      const sessions = (await router.sessions.list(user ? { userId: user } : {})).map(sessionRow);
      return { json: sessions, text: formatTable(sessions, SESSION_COLUMNS) };
    },
  },
  'sessions get': {
    usage: 'sessions get <id> [--json]   One session: config and MCP URL.',
    options: {},
    positional: 'id',
    async run(router, _values, id) {
      const session = sessionRow(await router.sessions.use(id!));
      return { json: session, text: describe({ ...session, mcp: session.mcp.url }) };
    },
  },
  'logs list': {
    usage:
      'logs list [--user <id>] [--session <id>] [--toolkit <slug>] [--tool <slug>] [--failed | --succeeded] [--since <time>] [--until <time>] [--limit <n>] [--json]   Tool executions, newest first; times are ISO 8601 (2026-12-03, 2026-12-03T17:00:00Z).',
    options: {
      user: { type: 'string' },
      session: { type: 'string' },
      toolkit: { type: 'string' },
      tool: { type: 'string' },
      failed: { type: 'boolean' },
      succeeded: { type: 'boolean' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
    },
    async run(router, values) {
      const limit = string(values, 'limit');
      const filter = {
        ...(string(values, 'user') ? { userId: string(values, 'user') } : {}),
        ...(string(values, 'session') ? { sessionId: string(values, 'session') } : {}),
        ...(string(values, 'toolkit') ? { toolkit: string(values, 'toolkit') } : {}),
        ...(string(values, 'tool') ? { toolSlug: string(values, 'tool') } : {}),
        ...(values.failed ? { successful: false } : values.succeeded ? { successful: true } : {}),
        ...(string(values, 'since') ? { since: string(values, 'since') } : {}),
        ...(string(values, 'until') ? { until: string(values, 'until') } : {}),
        limit: limit === undefined ? 20 : Number(limit),
      };
      const { items } = await router.logs.list(filter);
      return { json: items, text: formatTable(items, LOG_COLUMNS) };
    },
  },
  'logs get': {
    usage:
      'logs get <id> [--json]   One tool execution: timing, outcome, and its arguments and result (redacted).',
    options: {},
    positional: 'id',
    async run(router, _values, id) {
      const { arguments: args, result, ...log } = await router.logs.get(id!);
      const text = `${describe(log)}\n\narguments:\n${formatPayload(args)}\n\nresult:\n${formatPayload(result)}`;
      return { json: { ...log, arguments: args, result }, text };
    },
  },
};

/** A logged payload for the terminal: indented JSON, or the cut text and its size. */
function formatPayload(payload: LogPayload | null): string {
  if (payload === null) return '  (not kept: payload logging was off, or the log is older than it)';
  const text = payload.truncated
    ? `${payload.preview}\n… [cut: ${payload.bytes} bytes in all]`
    : JSON.stringify(payload.value, null, 2);
  return text.replace(/^/gm, '  ');
}
