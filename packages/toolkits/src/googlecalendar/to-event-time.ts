const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?$/i;

/** A Google Calendar `EventDateTime`: `{ date }` for all-day events, `{ dateTime, timeZone? }` otherwise. */
export type EventTime = { date: string } | { dateTime: string; timeZone?: string };

/**
 * Turns the flat time a model gives (`2025-03-14`, `2025-03-14T15:00:00`, `2025-03-14T15:00:00-07:00`)
 * into Calendar's `EventDateTime`. A date-time without an offset needs `timeZone`.
 *
 * @example
 * toEventTime('2025-03-14T15:00:00', 'Europe/Paris'); // { dateTime: '2025-03-14T15:00:00', timeZone: 'Europe/Paris' }
 * toEventTime('2025-03-14'); // { date: '2025-03-14' }
 */
export function toEventTime(value: string, timeZone?: string): EventTime {
  const trimmed = value.trim();
  if (DATE_ONLY.test(trimmed)) return { date: trimmed };
  const match = DATE_TIME.exec(trimmed);
  if (!match) {
    throw new Error(
      `'${value}' is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SS, optionally with Z or an offset like -07:00).`,
    );
  }
  if (!match[2] && !timeZone) {
    throw new Error(`'${value}' has no UTC offset: add one (e.g. ${trimmed}-05:00) or give time_zone.`);
  }
  const dateTime = match[1]?.length === 16 ? `${match[1]}:00${match[2] ?? ''}` : trimmed;
  return timeZone ? { dateTime, timeZone } : { dateTime };
}

/**
 * The end that follows `start` after `minutes` (or the next day for an all-day event), written the
 * same way as `start` (same offset, or none).
 *
 * @example
 * endAfter({ dateTime: '2025-03-14T23:30:00+01:00' }, 60); // { dateTime: '2025-03-15T00:30:00+01:00' }
 */
export function endAfter(start: EventTime, minutes: number): EventTime {
  if ('date' in start) {
    return { date: new Date(Date.parse(`${start.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) };
  }
  const match = DATE_TIME.exec(start.dateTime);
  const local = match?.[1] ?? start.dateTime;
  const offset = match?.[2] ?? '';
  const shifted = new Date(Date.parse(`${local}Z`) + minutes * 60_000).toISOString().slice(0, 19);
  return { ...start, dateTime: `${shifted}${offset}` };
}
