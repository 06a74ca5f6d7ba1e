import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { eventsPath, eventWriteQuery } from './build-event-body.ts';
import { eventFieldsSchema } from './event-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLECALENDAR_QUICK_ADD_EVENT: `events.quickAdd`. */
export const quickAddEvent: ToolDefinition = {
  slug: 'GOOGLECALENDAR_QUICK_ADD_EVENT',
  name: 'Quick add event',
  description:
    "Creates an event from one English sentence, the way Google Calendar's quick add box does, e.g. 'Lunch with Ana at Noma tomorrow 12:30-13:30'. Handy when the user's request is already phrased as a sentence; use GOOGLECALENDAR_CREATE_EVENT for precise control. Returns the created Event.",
  inputSchema: {
    type: 'object',
    properties: {
      text: { type: 'string', description: "The sentence, e.g. 'Dentist on Friday at 9am for 45 minutes'." },
      calendar_id: eventFieldsSchema.calendar_id,
      send_updates: eventFieldsSchema.send_updates,
    },
    required: ['text'],
    additionalProperties: false,
  },
  tags: [],
  async handler(input, context) {
    const query = new URLSearchParams(eventWriteQuery(input).slice(1));
    query.set('text', String(input.text));
    return readGoogleJson(await context.fetch(`${eventsPath(input)}/quickAdd?${query}`, { method: 'POST' }));
  },
};
