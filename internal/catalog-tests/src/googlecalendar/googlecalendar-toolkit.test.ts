import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googlecalendar } from '../../../../packages/toolkits/src/googlecalendar/googlecalendar-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { CALENDAR_BASE_PATH, CALENDAR_TOKEN, startCalendarMockApi } from './googlecalendar-mock-api.ts';

let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startCalendarMockApi();
  ({ session } = await createTestSession({
    toolkit: googlecalendar,
    baseUrl: `${api.url}${CALENDAR_BASE_PATH}`,
    credentials: { accessToken: CALENDAR_TOKEN },
  }));
});
afterAll(() => api.close());

async function run(toolSlug: string, args: Record<string, unknown>) {
  const before = api.requests.length;
  const result = await session.execute(toolSlug, args);
  const requests = api.requests.slice(before);
  for (const request of requests) expect(request.headers.authorization).toBe(`Bearer ${CALENDAR_TOKEN}`);
  return { result, requests, request: requests[0] };
}

describe('googlecalendar toolkit against a Calendar API stand-in', () => {
  it('GOOGLECALENDAR_LIST_EVENTS expands recurring events, orders by start and keeps the /calendar/v3 prefix', async () => {
    const { result, request } = await run('GOOGLECALENDAR_LIST_EVENTS', {
      time_min: '2025-03-14T00:00:00-07:00',
      time_max: '2025-03-15T00:00:00-07:00',
      query: 'standup',
    });
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/calendar/v3/calendars/primary/events');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      maxResults: '50',
      singleEvents: 'true',
      orderBy: 'startTime',
      timeMin: '2025-03-14T00:00:00-07:00',
      timeMax: '2025-03-15T00:00:00-07:00',
      q: 'standup',
    });
    expect(result).toMatchObject({
      successful: true,
      data: { items: [{ id: 'evt-standup', summary: 'Standup' }] },
    });
  });

  it('GOOGLECALENDAR_LIST_EVENTS escapes calendar ids and drops orderBy when series are not expanded', async () => {
    const { request } = await run('GOOGLECALENDAR_LIST_EVENTS', {
      calendar_id: 'en.usa#holiday@group.v.calendar.google.com',
      single_events: false,
    });
    expect(request?.path).toBe(
      '/calendar/v3/calendars/en.usa%23holiday%40group.v.calendar.google.com/events',
    );
    expect(request?.query.get('singleEvents')).toBe('false');
    expect(request?.query.has('orderBy')).toBe(false);
  });

  it('GOOGLECALENDAR_CREATE_EVENT posts an Event with guests, a Meet request and sendUpdates', async () => {
    const { result, request } = await run('GOOGLECALENDAR_CREATE_EVENT', {
      summary: 'Design review',
      start: '2025-03-14T15:00:00',
      duration_minutes: 45,
      time_zone: 'Europe/Paris',
      attendees: ['ana@example.com', 'bo@example.com'],
      location: 'Room 4B',
      add_google_meet: true,
      send_updates: 'all',
    });
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/calendar/v3/calendars/primary/events');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      sendUpdates: 'all',
      conferenceDataVersion: '1',
    });
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    expect(request?.json).toEqual({
      summary: 'Design review',
      location: 'Room 4B',
      start: { dateTime: '2025-03-14T15:00:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2025-03-14T15:45:00', timeZone: 'Europe/Paris' },
      attendees: [{ email: 'ana@example.com' }, { email: 'bo@example.com' }],
      conferenceData: {
        createRequest: {
          requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          conferenceSolutionKey: { type: 'hangoutsMeet' },
        },
      },
    });
    expect(result.data).toMatchObject({ id: 'evt-new', hangoutLink: 'https://meet.google.com/abc-defg-hij' });
  });

  it('GOOGLECALENDAR_CREATE_EVENT makes all-day events from dates and defaults end to the next day', async () => {
    const { request } = await run('GOOGLECALENDAR_CREATE_EVENT', { summary: 'Offsite', start: '2025-03-31' });
    expect(request?.json).toEqual({
      summary: 'Offsite',
      start: { date: '2025-03-31' },
      end: { date: '2025-04-01' },
    });
    expect(request?.query.toString()).toBe('');
  });

  it('GOOGLECALENDAR_CREATE_EVENT refuses a time without offset or zone before calling Google', async () => {
    const { result, requests } = await run('GOOGLECALENDAR_CREATE_EVENT', {
      summary: 'x',
      start: '2025-03-14T15:00:00',
    });
    expect(result.successful).toBe(false);
    expect(result.error).toMatch(/time_zone/);
    expect(requests).toHaveLength(0);
  });

  it("GOOGLECALENDAR_CREATE_EVENT reports Google's 403 on a read-only calendar as a failure", async () => {
    const { result } = await run('GOOGLECALENDAR_CREATE_EVENT', {
      calendar_id: 'holidays@group.v.calendar.google.com',
      summary: 'x',
      start: '2025-03-14T15:00:00Z',
    });
    expect(result).toMatchObject({ successful: false, data: null });
    expect(result.error).toContain('403');
    expect(result.error).toContain('You need to have writer access to this calendar.');
  });

  it('GOOGLECALENDAR_UPDATE_EVENT patches only the given fields', async () => {
    const { result, request } = await run('GOOGLECALENDAR_UPDATE_EVENT', {
      event_id: 'evt-standup',
      summary: 'Standup (moved)',
      start: '2025-03-14T10:00:00-07:00',
      end: '2025-03-14T10:15:00-07:00',
    });
    expect(request?.method).toBe('PATCH');
    expect(request?.path).toBe('/calendar/v3/calendars/primary/events/evt-standup');
    expect(request?.json).toEqual({
      summary: 'Standup (moved)',
      start: { dateTime: '2025-03-14T10:00:00-07:00' },
      end: { dateTime: '2025-03-14T10:15:00-07:00' },
    });
    expect(result.data).toMatchObject({ id: 'evt-standup', summary: 'Standup (moved)' });
  });

  it('GOOGLECALENDAR_GET_EVENT reads one event and reports a 404 as a failure', async () => {
    const found = await run('GOOGLECALENDAR_GET_EVENT', {
      event_id: 'evt-standup',
      calendar_id: 'team@group.calendar.google.com',
    });
    expect(found.request?.path).toBe(
      '/calendar/v3/calendars/team%40group.calendar.google.com/events/evt-standup',
    );
    expect(found.result.data).toMatchObject({ id: 'evt-standup', attendees: [{ email: 'ana@example.com' }] });
    const missing = await run('GOOGLECALENDAR_GET_EVENT', { event_id: 'evt-missing' });
    expect(missing.result.successful).toBe(false);
    expect(missing.result.error).toContain('404');
  });

  it('GOOGLECALENDAR_DELETE_EVENT sends DELETE with sendUpdates and accepts the empty 204', async () => {
    const { result, request } = await run('GOOGLECALENDAR_DELETE_EVENT', {
      event_id: 'evt-standup',
      send_updates: 'none',
    });
    expect(request?.method).toBe('DELETE');
    expect(request?.path).toBe('/calendar/v3/calendars/primary/events/evt-standup');
    expect(request?.query.get('sendUpdates')).toBe('none');
    expect(result).toMatchObject({ successful: true, data: { deleted: true, event_id: 'evt-standup' } });
  });

  it('GOOGLECALENDAR_QUICK_ADD_EVENT posts the sentence as text', async () => {
    const { result, request } = await run('GOOGLECALENDAR_QUICK_ADD_EVENT', {
      text: 'Lunch with Ana tomorrow 12:30',
    });
    expect(`${request?.method} ${request?.path}`).toBe('POST /calendar/v3/calendars/primary/events/quickAdd');
    expect(request?.query.get('text')).toBe('Lunch with Ana tomorrow 12:30');
    expect(result.data).toMatchObject({ id: 'evt-quick' });
  });

  it('GOOGLECALENDAR_FIND_FREE_SLOTS queries freeBusy and returns the gaps free on every calendar', async () => {
    const { result, request } = await run('GOOGLECALENDAR_FIND_FREE_SLOTS', {
      time_min: '2025-03-14T15:00:00Z',
      time_max: '2025-03-14T20:00:00Z',
      calendar_ids: ['primary', 'ana@example.com', 'nobody@example.com'],
      min_duration_minutes: 30,
    });
    expect(`${request?.method} ${request?.path}`).toBe('POST /calendar/v3/freeBusy');
    expect(request?.json).toEqual({
      timeMin: '2025-03-14T15:00:00Z',
      timeMax: '2025-03-14T20:00:00Z',
      items: [{ id: 'primary' }, { id: 'ana@example.com' }, { id: 'nobody@example.com' }],
    });
    expect(result.data).toMatchObject({
      errors: { 'nobody@example.com': [{ domain: 'global', reason: 'notFound' }] },
      free: [
        { start: '2025-03-14T15:00:00Z', end: '2025-03-14T16:00:00Z', minutes: 60 },
        { start: '2025-03-14T18:00:00Z', end: '2025-03-14T19:00:00Z', minutes: 60 },
        { start: '2025-03-14T19:15:00Z', end: '2025-03-14T20:00:00Z', minutes: 45 },
      ],
    });
  });

  it('GOOGLECALENDAR_LIST_CALENDARS maps snake_case fields to Calendar query parameters', async () => {
    const { result, request } = await run('GOOGLECALENDAR_LIST_CALENDARS', {
      min_access_role: 'writer',
      max_results: 10,
    });
    expect(request?.path).toBe('/calendar/v3/users/me/calendarList');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ minAccessRole: 'writer', maxResults: '10' });
    expect(result.data).toMatchObject({
      items: [{ primary: true }, { id: 'team@group.calendar.google.com' }],
    });
  });
});
