import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { buildEventBody, eventsPath, eventWriteQuery } from './build-event-body.ts';
import { eventFieldsSchema } from './event-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLECALENDAR_UPDATE_EVENT: `events.patch` with only the given fields. */
export const updateEvent: ToolDefinition = {
  slug: 'GOOGLECALENDAR_UPDATE_EVENT',
  name: 'Update event',
  description:
    'Changes an existing event; only the fields you give change. To move an event give both start and end. attendees and recurrence replace the whole list, so include the existing guests you want to keep (read them with GOOGLECALENDAR_GET_EVENT). Returns the updated Event.',
  inputSchema: {
    type: 'object',
    properties: {
      event_id: {
        type: 'string',
        description:
          "The event id, e.g. '7cbh8rpc10lrc0ckih9tafss99' (id in GOOGLECALENDAR_LIST_EVENTS results).",
      },
      ...eventFieldsSchema,
    },
    required: ['event_id'],
    additionalProperties: false,
  },
  tags: ['idempotentHint'],
  async handler(input, context) {
    const path = `${eventsPath(input)}/${encodeURIComponent(String(input.event_id))}${eventWriteQuery(input)}`;
    const response = await context.fetch(path, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(buildEventBody(input, { defaultEnd: false })),
    });
    return readGoogleJson(response);
  },
};
