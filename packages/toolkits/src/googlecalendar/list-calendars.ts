import type { ToolDefinition } from '../toolkit/toolkit-types.ts';

/** GOOGLECALENDAR_LIST_CALENDARS: `calendarList.list`. */
export const listCalendars: ToolDefinition = {
  slug: 'GOOGLECALENDAR_LIST_CALENDARS',
  name: 'List calendars',
  description:
    "Lists the calendars on the user's calendar list (their own, shared and subscribed ones) with id, summary, timeZone, accessRole and primary. Use it to find the calendar_id other tools take; the user's main calendar is always 'primary'.",
  inputSchema: {
    type: 'object',
    properties: {
      min_access_role: {
        type: 'string',
        enum: ['freeBusyReader', 'reader', 'writer', 'owner'],
        description:
          "Only calendars the user has at least this role on, e.g. 'writer' for ones they can add events to.",
      },
      show_hidden: { type: 'boolean', description: 'Include calendars hidden from the list. Default false.' },
      max_results: {
        type: 'integer',
        minimum: 1,
        maximum: 250,
        description: 'Page size, at most 250. Default 100.',
      },
      page_token: { type: 'string', description: 'nextPageToken from a previous call.' },
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: {
    method: 'GET',
    path: '/users/me/calendarList',
    parameters: {
      min_access_role: { in: 'query', name: 'minAccessRole' },
      show_hidden: { in: 'query', name: 'showHidden' },
      max_results: { in: 'query', name: 'maxResults' },
      page_token: { in: 'query', name: 'pageToken' },
    },
  },
};
