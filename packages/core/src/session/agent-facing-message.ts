import { StoreError } from '../errors/store-error.ts';
import type { ToolRouterError } from '../errors/tool-router-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';

/**
 * The message a tool result carries for an error. A store failure names hosts, ports and database
 * users, which an agent (and its model) has no business reading: it gets a generic message and the
 * operator gets the real one through `warn`.
 */
export function agentFacingMessage(runtime: RouterRuntime, error: ToolRouterError): string {
  if (!StoreError.isInstance(error)) return error.message;
  runtime.warn(`toolrouter: a tool call failed on the store: ${error.message}`);
  return "toolrouter's database is unavailable right now; try again in a moment.";
}
