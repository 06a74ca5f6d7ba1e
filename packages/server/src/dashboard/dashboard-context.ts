import { type ToolkitDefinition, ToolRouterError } from '@toolrouter/core';
import type { Context } from 'hono';
import type { AnyToolRouter } from '../api/api-context.ts';
import type { DashboardSession } from './dashboard-auth.ts';

/** What every dashboard page needs. */
export interface DashboardDeps {
  router: AnyToolRouter;
  /** Public URL of the server (MCP URLs, the OAuth redirect URI). */
  baseUrl: string;
  /** When this server started, for the overview. */
  startedAt: number;
  /** Custom toolkit definitions (the built-in ones come from @toolrouter/toolkits). */
  customToolkits: ToolkitDefinition[];
}

/** Hono variables the sign-in middleware sets for dashboard routes. */
export interface DashboardEnv {
  Variables: { dashboardSession: DashboardSession; csrf: string };
}

export type DashboardContext = Context<DashboardEnv>;

/** Fixed messages a redirect after a successful action may show (`?notice=<code>`): nothing a link could inject. */
const NOTICES: Record<string, string> = {
  created: 'Created.',
  saved: 'Saved.',
  deleted: 'Deleted.',
  enabled: 'Enabled.',
  disabled: 'Disabled.',
  default: 'Set as the default auth config of its toolkit.',
  rotated:
    'New MCP token issued; the old one no longer works. Update your MCP clients with the snippet below.',
};

/** The notice named by `?notice=`, if it is one of the fixed ones. */
export function noticeOf(context: Context): string | undefined {
  return NOTICES[context.req.query('notice') ?? ''];
}

/** A 303 to `path` with a fixed notice. */
export function redirectWithNotice(
  context: Context,
  path: string,
  notice: keyof typeof NOTICES | string,
): Response {
  const separator = path.includes('?') ? '&' : '?';
  return context.redirect(`${path}${separator}notice=${encodeURIComponent(notice)}`, 303);
}

/** The message of a caller's mistake to show on the page; anything else is rethrown (a 500, logged). */
export function userFacingError(error: unknown): string {
  if (ToolRouterError.isInstance(error)) return error.message;
  throw error;
}

/** A form field as a trimmed string ('' when missing). */
export function formString(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim() : '';
}
