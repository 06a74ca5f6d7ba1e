import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { computeFreeSlots, type TimeRange } from './compute-free-slots.ts';
import { readGoogleJson } from './read-google-json.ts';

/** GOOGLECALENDAR_FIND_FREE_SLOTS: `freebusy.query`, plus the free gaps common to every calendar. */
export const findFreeSlots: ToolDefinition = {
  slug: 'GOOGLECALENDAR_FIND_FREE_SLOTS',
  name: 'Find free slots',
  description:
    "Finds when one or more people are all free in a time window, using Google's free/busy query: for scheduling ('when can Ana and I meet on Thursday?'). calendar_ids takes 'primary' and the email addresses of colleagues whose calendars the user can see. Returns busy ranges per calendar, errors per calendar (e.g. notFound when a calendar is not visible) and free: the gaps of at least min_duration_minutes when every calendar is free.",
  inputSchema: {
    type: 'object',
    properties: {
      time_min: {
        type: 'string',
        description: "Start of the window, RFC 3339 with offset, e.g. '2025-03-14T09:00:00-05:00'.",
      },
      time_max: {
        type: 'string',
        description: "End of the window, RFC 3339 with offset, e.g. '2025-03-14T18:00:00-05:00'.",
      },
      calendar_ids: {
        type: 'array',
        items: { type: 'string' },
        default: ['primary'],
        description: 'Calendars to check, e.g. ["primary", "ana@example.com"]. Default ["primary"].',
      },
      min_duration_minutes: {
        type: 'integer',
        minimum: 1,
        default: 30,
        description: 'Shortest free gap worth returning, in minutes. Default 30.',
      },
      time_zone: {
        type: 'string',
        description: "IANA time zone for the busy times in the answer, e.g. 'America/Chicago'. Default UTC.",
      },
    },
    required: ['time_min', 'time_max'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  async handler(input, context) {
    const calendarIds =
      Array.isArray(input.calendar_ids) && input.calendar_ids.length > 0
        ? input.calendar_ids.map(String)
        : ['primary'];
    const timeMin = String(input.time_min);
    const timeMax = String(input.time_max);
    const response = await context.fetch('/freeBusy', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        timeMin,
        timeMax,
        ...(typeof input.time_zone === 'string' ? { timeZone: input.time_zone } : {}),
        items: calendarIds.map((id) => ({ id })),
      }),
    });
    const answer = await readGoogleJson(response);
    const busy: Record<string, TimeRange[]> = {};
    const errors: Record<string, unknown> = {};
    for (const [id, calendar] of Object.entries<any>(answer.calendars ?? {})) {
      busy[id] = calendar.busy ?? [];
      if (calendar.errors?.length) errors[id] = calendar.errors;
    }
    const free = computeFreeSlots({
      timeMin,
      timeMax,
      busy: Object.values(busy).flat(),
      minMinutes: typeof input.min_duration_minutes === 'number' ? input.min_duration_minutes : 30,
    });
    return { timeMin, timeMax, busy, ...(Object.keys(errors).length > 0 ? { errors } : {}), free };
  },
};
