import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import { createEvent } from './create-event.ts';
import { deleteEvent } from './delete-event.ts';
import { findFreeSlots } from './find-free-slots.ts';
import { getEvent } from './get-event.ts';
import { googlecalendarPhrasings } from './googlecalendar-phrasings.ts';
import { listCalendars } from './list-calendars.ts';
import { listEvents } from './list-events.ts';
import { quickAddEvent } from './quick-add-event.ts';
import { updateEvent } from './update-event.ts';

/**
 * Google Calendar (API v3): list, create, change and delete events, find free time. OAuth 2 with
 * `calendar.events` (write events on any calendar the user can edit) and `calendar.readonly`
 * (list calendars, free/busy).
 *
 * @example
 * const router = new ToolRouter({ toolkits: [googlecalendar] });
 */
export const googlecalendar = defineToolkit({
  slug: 'googlecalendar',
  name: 'Google Calendar',
  description: "Read, schedule, move and cancel events and find free time in a user's Google Calendar.",
  logo: 'https://www.gstatic.com/images/branding/product/2x/calendar_2020q4_48dp.png',
  categories: ['calendar', 'scheduling', 'productivity'],
  baseUrl: 'https://www.googleapis.com/calendar/v3',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      scopes: [
        'https://www.googleapis.com/auth/calendar.events',
        'https://www.googleapis.com/auth/calendar.readonly',
      ],
      pkce: true,
      authorizeParams: { access_type: 'offline', prompt: 'consent' },
    },
  ],
  tools: withPhrasings(
    [
      listEvents,
      getEvent,
      createEvent,
      quickAddEvent,
      updateEvent,
      deleteEvent,
      findFreeSlots,
      listCalendars,
    ],
    googlecalendarPhrasings,
  ),
});
