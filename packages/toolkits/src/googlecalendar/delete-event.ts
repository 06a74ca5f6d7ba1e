import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { eventsPath, eventWriteQuery } from './build-event-body.ts';
import { eventFieldsSchema } from './event-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLECALENDAR_DELETE_EVENT: `events.delete`. */
export const deleteEvent: ToolDefinition = {
  slug: 'GOOGLECALENDAR_DELETE_EVENT',
  name: 'Delete event',
  description:
    'Deletes (cancels) a calendar event. For a recurring event, the id of the series deletes every occurrence; the id of one instance (from GOOGLECALENDAR_LIST_EVENTS with single_events) deletes only that one. Returns { deleted: true, event_id }.',
  inputSchema: {
    type: 'object',
    properties: {
      event_id: { type: 'string', description: "The event id, e.g. '7cbh8rpc10lrc0ckih9tafss99'." },
      calendar_id: eventFieldsSchema.calendar_id,
      send_updates: eventFieldsSchema.send_updates,
    },
    required: ['event_id'],
    additionalProperties: false,
  },
  tags: ['destructiveHint', 'idempotentHint'],
  async handler(input, context) {
    const path = `${eventsPath(input)}/${encodeURIComponent(String(input.event_id))}${eventWriteQuery(input)}`;
    await readGoogleJson(await context.fetch(path, { method: 'DELETE' }));
    return { deleted: true, event_id: input.event_id };
  },
};
