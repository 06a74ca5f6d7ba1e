import type { Tool } from '../catalog/tool.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import { parseArguments } from '../execution/parse-arguments.ts';

/** Whether the tool has an input of its own named `account`. */
export function definesAccountInput(tool: Tool): boolean {
  const properties = (tool.inputSchema as { properties?: Record<string, unknown> }).properties;
  return properties !== undefined && Object.hasOwn(properties, 'account');
}

/**
 * `account` among the arguments of a tool that has no such input picks the account (direct tools of
 * multi-account sessions advertise it): it leaves the arguments and becomes the call's `account`
 * option, unless the call names one already.
 */
export function takeAccountArgument(
  tool: Tool | undefined,
  args: unknown,
  options: ExecuteToolOptions,
): { args: unknown; options: ExecuteToolOptions } {
  const parsed = parseArguments(args);
  if (!parsed || typeof parsed.account !== 'string' || !tool || definesAccountInput(tool)) {
    return { args, options };
  }
  const { account, ...rest } = parsed;
  return { args: rest, options: options.account === undefined ? { ...options, account } : options };
}
