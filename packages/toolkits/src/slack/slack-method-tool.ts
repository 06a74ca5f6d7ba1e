import type { JsonSchema, Tag, ToolDefinition } from '../toolkit/toolkit-types.ts';
import { callSlackMethod } from './call-slack-method.ts';

/**
 * A tool that sends its input as the arguments of one Slack Web API method. Input field names are
 * Slack's own argument names; `prepare` may adjust them (join a list, strip colons) first.
 *
 * @example
 * const getUserInfo = slackMethodTool({ slug: 'SLACK_GET_USER_INFO', method: 'users.info', ... });
 */
export function slackMethodTool({
  method,
  prepare = (input) => input,
  transform = (result) => result,
  ...tool
}: {
  slug: string;
  name: string;
  description: string;
  method: string;
  inputSchema: JsonSchema;
  tags: Tag[];
  prepare?: (input: Record<string, unknown>) => Record<string, unknown>;
  transform?: (result: any) => unknown;
}): ToolDefinition {
  return {
    ...tool,
    async handler(input, context) {
      return transform(await callSlackMethod(context, method, prepare(input)));
    },
  };
}
