import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { eventsPath } from './build-event-body.ts';
import { eventFieldsSchema } from './event-fields-schema.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLECALENDAR_LIST_EVENTS: `events.list`, recurring events expanded and ordered by start by default. */
export const listEvents: ToolDefinition = {
  slug: 'GOOGLECALENDAR_LIST_EVENTS',
  name: 'List events',
  description:
    "Lists or searches events on a calendar in a time window, e.g. 'what is on my calendar tomorrow' or 'find the meeting with Ana next week'. Recurring events come as their single occurrences, ordered by start time. Returns Google's Events list: items (id, summary, start, end, attendees, location, htmlLink, ...) and nextPageToken when there are more.",
  inputSchema: {
    type: 'object',
    properties: {
      calendar_id: eventFieldsSchema.calendar_id,
      time_min: {
        type: 'string',
        description:
          "Only events ending after this RFC 3339 time (with offset), e.g. '2025-03-14T00:00:00-07:00'.",
      },
      time_max: {
        type: 'string',
        description:
          "Only events starting before this RFC 3339 time (with offset), e.g. '2025-03-15T00:00:00-07:00'.",
      },
      query: {
        type: 'string',
        description: "Free-text search over summary, description, location and attendees, e.g. 'standup'.",
      },
      max_results: {
        type: 'integer',
        minimum: 1,
        maximum: 2500,
        default: 50,
        description: 'Page size. Default 50.',
      },
      page_token: { type: 'string', description: 'nextPageToken from a previous call.' },
      single_events: {
        type: 'boolean',
        default: true,
        description:
          'Expand recurring events into their occurrences (default true). false returns series as one item.',
      },
      order_by: {
        type: 'string',
        enum: ['startTime', 'updated'],
        description:
          "'startTime' (default when single_events is true) or 'updated' (by last modification time).",
      },
      show_deleted: { type: 'boolean', description: 'Include cancelled events. Default false.' },
      time_zone: {
        type: 'string',
        description: "IANA time zone for the returned times, e.g. 'Europe/Berlin'.",
      },
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const singleEvents = input.single_events !== false;
    const query = new URLSearchParams({
      maxResults: String(input.max_results ?? 50),
      singleEvents: String(singleEvents),
    });
    const orderBy = input.order_by ?? (singleEvents ? 'startTime' : undefined);
    if (typeof orderBy === 'string') query.set('orderBy', orderBy);
    const optional: [string, string][] = [
      ['time_min', 'timeMin'],
      ['time_max', 'timeMax'],
      ['query', 'q'],
      ['page_token', 'pageToken'],
      ['time_zone', 'timeZone'],
    ];
    for (const [field, name] of optional) {
      if (typeof input[field] === 'string' && input[field]) query.set(name, input[field]);
    }
    if (input.show_deleted === true) query.set('showDeleted', 'true');
    return readGoogleJson(await context.fetch(`${eventsPath(input)}?${query}`));
  },
};
