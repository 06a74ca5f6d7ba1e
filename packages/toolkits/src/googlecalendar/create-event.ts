import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { buildEventBody, eventsPath, eventWriteQuery } from './build-event-body.ts';
import { eventFieldsSchema } from './event-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLECALENDAR_CREATE_EVENT: `events.insert` from flat fields. */
export const createEvent: ToolDefinition = {
  slug: 'GOOGLECALENDAR_CREATE_EVENT',
  name: 'Create event',
  description:
    "Creates an event on a Google Calendar (the user's primary one by default), optionally inviting guests and adding a Google Meet link. Give start and either end or duration_minutes (default 60). Check availability first with GOOGLECALENDAR_FIND_FREE_SLOTS when scheduling with others. Returns the created Event (id, htmlLink, start, end, attendees, hangoutLink when Meet was added).",
  inputSchema: {
    type: 'object',
    properties: {
      ...eventFieldsSchema,
      duration_minutes: {
        type: 'integer',
        minimum: 1,
        description: 'Length of the event when end is not given, e.g. 30. Default 60.',
      },
    },
    required: ['summary', 'start'],
    additionalProperties: false,
  },
  tags: [],
  async handler(input, context) {
    const response = await context.fetch(`${eventsPath(input)}${eventWriteQuery(input)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(buildEventBody(input, { defaultEnd: true })),
    });
    return readGoogleJson(response);
  },
};
