import { endAfter, toEventTime } from './to-event-time.ts';

/**
 * Maps the flat event fields of the create/update tools to a Calendar `Event` resource, leaving out
 * what the caller did not give (so PATCH changes only those fields).
 *
 * @example
 * buildEventBody({ summary: 'Sync', start: '2025-03-14T15:00:00Z', duration_minutes: 30 }, { defaultEnd: true });
 */
export function buildEventBody(
  input: Record<string, unknown>,
  { defaultEnd }: { defaultEnd: boolean },
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of ['summary', 'description', 'location', 'visibility', 'transparency'] as const) {
    if (typeof input[field] === 'string') body[field] = input[field];
  }
  const timeZone = typeof input.time_zone === 'string' && input.time_zone ? input.time_zone : undefined;
  if (typeof input.start === 'string') body.start = toEventTime(input.start, timeZone);
  if (typeof input.end === 'string') body.end = toEventTime(input.end, timeZone);
  else if (defaultEnd && body.start) {
    const minutes = typeof input.duration_minutes === 'number' ? input.duration_minutes : 60;
    body.end = endAfter(body.start as ReturnType<typeof toEventTime>, minutes);
  }
  if (Array.isArray(input.attendees))
    body.attendees = input.attendees.map((email) => ({ email: String(email) }));
  if (Array.isArray(input.recurrence)) body.recurrence = input.recurrence;
  if (input.add_google_meet === true) {
    body.conferenceData = {
      createRequest: { requestId: crypto.randomUUID(), conferenceSolutionKey: { type: 'hangoutsMeet' } },
    };
  }
  return body;
}

/** The query string create/update send: who is notified, and whether conference data is written. */
export function eventWriteQuery(input: Record<string, unknown>): string {
  const query = new URLSearchParams();
  if (typeof input.send_updates === 'string') query.set('sendUpdates', input.send_updates);
  if (input.add_google_meet === true) query.set('conferenceDataVersion', '1');
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** `/calendars/{calendarId}/events`, with the id escaped ('primary' when none is given). */
export function eventsPath(input: Record<string, unknown>): string {
  const calendarId =
    typeof input.calendar_id === 'string' && input.calendar_id ? input.calendar_id : 'primary';
  return `/calendars/${encodeURIComponent(calendarId)}/events`;
}
