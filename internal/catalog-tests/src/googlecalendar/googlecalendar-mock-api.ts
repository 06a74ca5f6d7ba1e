import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const CALENDAR_TOKEN = 'ya29.calendar-test-token';
/** The mock serves the API under this path, like `https://www.googleapis.com/calendar/v3`. */
export const CALENDAR_BASE_PATH = '/calendar/v3';

const EVENTS: Record<string, any> = {
  'evt-standup': {
    kind: 'calendar#event',
    id: 'evt-standup',
    status: 'confirmed',
    htmlLink: 'https://www.google.com/calendar/event?eid=ZXZ0LXN0YW5kdXA',
    summary: 'Standup',
    start: { dateTime: '2025-03-14T09:30:00-07:00', timeZone: 'America/Los_Angeles' },
    end: { dateTime: '2025-03-14T09:45:00-07:00', timeZone: 'America/Los_Angeles' },
    attendees: [{ email: 'ana@example.com', responseStatus: 'accepted' }],
  },
};

/** Google's error body: `{ error: { code, message, errors, status } }`. */
function googleError(code: number, status: string, message: string, reason: string): MockResponse {
  return {
    status: code,
    body: { error: { code, message, errors: [{ domain: 'global', reason, message }], status } },
  };
}

function route(request: RecordedRequest): MockResponse {
  if (request.headers.authorization !== `Bearer ${CALENDAR_TOKEN}`) {
    return googleError(
      401,
      'UNAUTHENTICATED',
      'Request had invalid authentication credentials.',
      'authError',
    );
  }
  if (!request.path.startsWith(CALENDAR_BASE_PATH))
    return googleError(404, 'NOT_FOUND', 'Not Found', 'notFound');
  const path = request.path.slice(CALENDAR_BASE_PATH.length);
  const { method, query } = request;

  if (method === 'GET' && path === '/users/me/calendarList') {
    return {
      body: {
        kind: 'calendar#calendarList',
        items: [
          {
            id: 'me@example.com',
            summary: 'me@example.com',
            primary: true,
            accessRole: 'owner',
            timeZone: 'UTC',
          },
          { id: 'team@group.calendar.google.com', summary: 'Team', accessRole: 'writer', timeZone: 'UTC' },
        ],
      },
    };
  }
  if (method === 'POST' && path === '/freeBusy') {
    const calendars: Record<string, unknown> = {};
    for (const { id } of request.json?.items ?? []) {
      calendars[id] =
        id === 'primary'
          ? {
              busy: [
                { start: '2025-03-14T16:00:00Z', end: '2025-03-14T17:00:00Z' },
                { start: '2025-03-14T19:00:00Z', end: '2025-03-14T19:15:00Z' },
              ],
            }
          : id === 'ana@example.com'
            ? { busy: [{ start: '2025-03-14T16:30:00Z', end: '2025-03-14T18:00:00Z' }] }
            : { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] };
    }
    return {
      body: {
        kind: 'calendar#freeBusy',
        timeMin: request.json?.timeMin,
        timeMax: request.json?.timeMax,
        calendars,
      },
    };
  }

  const match = /^\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(path);
  if (!match) return googleError(404, 'NOT_FOUND', 'Not Found', 'notFound');
  const calendarId = decodeURIComponent(match[1] ?? '');
  const eventId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  if (calendarId === 'holidays@group.v.calendar.google.com' && method !== 'GET') {
    return googleError(
      403,
      'PERMISSION_DENIED',
      'You need to have writer access to this calendar.',
      'requiredAccessLevel',
    );
  }
  if (eventId === undefined) {
    if (method === 'GET') {
      return {
        body: { kind: 'calendar#events', summary: calendarId, timeZone: 'UTC', items: Object.values(EVENTS) },
      };
    }
    if (method === 'POST') {
      const event: any = {
        kind: 'calendar#event',
        id: 'evt-new',
        status: 'confirmed',
        htmlLink: 'https://www.google.com/calendar/event?eid=ZXZ0LW5ldw',
        ...request.json,
      };
      if (query.get('conferenceDataVersion') === '1' && request.json?.conferenceData?.createRequest) {
        event.hangoutLink = 'https://meet.google.com/abc-defg-hij';
        event.conferenceData = { ...request.json.conferenceData, conferenceId: 'abc-defg-hij' };
      }
      return { body: event };
    }
  }
  if (eventId === 'quickAdd' && method === 'POST') {
    return {
      body: {
        kind: 'calendar#event',
        id: 'evt-quick',
        summary: query.get('text'),
        start: { dateTime: '2025-03-15T12:30:00Z' },
        end: { dateTime: '2025-03-15T13:30:00Z' },
      },
    };
  }
  const event = eventId === undefined ? undefined : EVENTS[eventId];
  if (!event) return googleError(404, 'NOT_FOUND', 'Not Found', 'notFound');
  if (method === 'GET') return { body: event };
  if (method === 'PATCH') return { body: { ...event, ...request.json } };
  if (method === 'DELETE') return { status: 204 };
  return googleError(405, 'METHOD_NOT_ALLOWED', 'Method not allowed', 'httpMethodNotAllowed');
}

/**
 * A local stand-in for the Google Calendar API v3 (`https://www.googleapis.com/calendar/v3`),
 * served under the same `/calendar/v3` prefix, speaking its documented shapes.
 *
 * @example
 * const api = await startCalendarMockApi(); // base URL: `${api.url}${CALENDAR_BASE_PATH}`
 */
export function startCalendarMockApi(): Promise<MockApi> {
  return startMockApi(route);
}
