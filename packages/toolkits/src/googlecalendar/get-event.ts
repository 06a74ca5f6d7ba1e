import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { eventsPath } from './build-event-body.ts';
import { eventFieldsSchema } from './event-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLECALENDAR_GET_EVENT: `events.get`. */
export const getEvent: ToolDefinition = {
  slug: 'GOOGLECALENDAR_GET_EVENT',
  name: 'Get event',
  description:
    'Reads one calendar event by id: summary, description, location, start/end, attendees with their responseStatus, organizer, recurrence, hangoutLink and htmlLink.',
  inputSchema: {
    type: 'object',
    properties: {
      event_id: { type: 'string', description: "The event id, e.g. '7cbh8rpc10lrc0ckih9tafss99'." },
      calendar_id: eventFieldsSchema.calendar_id,
      time_zone: { type: 'string', description: "IANA time zone for the returned times, e.g. 'Asia/Tokyo'." },
    },
    required: ['event_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const query =
      typeof input.time_zone === 'string' ? `?${new URLSearchParams({ timeZone: input.time_zone })}` : '';
    const path = `${eventsPath(input)}/${encodeURIComponent(String(input.event_id))}${query}`;
    return readGoogleJson(await context.fetch(path));
  },
};
