import type { CreateCustomToolInput } from '@toolrouter/core';

/**
 * A custom tool of your own app, registered with `router.tools.create`: the agent finds it with
 * TOOLROUTER_SEARCH_TOOLS and runs it through TOOLROUTER_MULTI_EXECUTE_TOOL like any other. Without a
 * `toolkit` it belongs to the no-auth `custom` toolkit, so list `custom` in the session's toolkits.
 */
export const currentTimeTool: CreateCustomToolInput = {
  slug: 'GET_CURRENT_TIME',
  description: 'Gets the current date and time in a time zone (IANA name such as Europe/Paris; default UTC).',
  inputSchema: {
    type: 'object',
    properties: { time_zone: { type: 'string', description: 'IANA time zone, e.g. America/New_York.' } },
    additionalProperties: false,
  },
  tags: ['readOnlyHint'],
  execute: ({ time_zone: timeZone = 'UTC' }) => {
    const now = new Date();
    const localTime = now.toLocaleString('en-GB', { timeZone: String(timeZone), timeZoneName: 'short' });
    return { time_zone: timeZone, local_time: localTime, iso: now.toISOString() };
  },
};
