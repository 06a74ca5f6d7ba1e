import type { JsonSchema } from '../toolkit/toolkit-types.ts';

const timeDescription =
  "Either a date-time '2025-03-14T15:00:00' (with time_zone) or '2025-03-14T15:00:00-07:00' / '...Z' (with a UTC offset), or a date '2025-03-14' for an all-day event.";

/** The event fields that GOOGLECALENDAR_CREATE_EVENT and GOOGLECALENDAR_UPDATE_EVENT share. */
export const eventFieldsSchema = {
  calendar_id: {
    type: 'string',
    default: 'primary',
    description:
      "Which calendar: 'primary' (the user's main calendar, the default), or an id from GOOGLECALENDAR_LIST_CALENDARS such as 'team@group.calendar.google.com'.",
  },
  summary: { type: 'string', description: "The event title, e.g. 'Design review'." },
  description: { type: 'string', description: 'Notes shown in the event; may contain simple HTML.' },
  location: { type: 'string', description: "Free-text place, e.g. 'Room 4B' or '1600 Amphitheatre Pkwy'." },
  start: { type: 'string', description: `When the event starts. ${timeDescription}` },
  end: {
    type: 'string',
    description: `When the event ends (exclusive; an all-day event on 2025-03-14 ends on '2025-03-15'). ${timeDescription}`,
  },
  time_zone: {
    type: 'string',
    description: "IANA time zone for start and end, e.g. 'America/New_York' or 'Europe/Paris'.",
  },
  attendees: {
    type: 'array',
    items: { type: 'string' },
    description: 'Guest email addresses, e.g. ["ana@example.com", "bo@example.com"].',
  },
  recurrence: {
    type: 'array',
    items: { type: 'string' },
    description: 'RFC 5545 recurrence lines, e.g. ["RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"].',
  },
  add_google_meet: { type: 'boolean', description: 'true to attach a new Google Meet video link.' },
  visibility: {
    type: 'string',
    enum: ['default', 'public', 'private', 'confidential'],
    description: "Who can see the event's details. Default: the calendar's setting.",
  },
  transparency: {
    type: 'string',
    enum: ['opaque', 'transparent'],
    description: "'opaque' blocks time (busy, the default); 'transparent' leaves the user free.",
  },
  send_updates: {
    type: 'string',
    enum: ['all', 'externalOnly', 'none'],
    description:
      "Who gets an email about the change: 'all' guests, 'externalOnly' (non-Google guests) or 'none' (the default).",
  },
} satisfies Record<string, JsonSchema>;
