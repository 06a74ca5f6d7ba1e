/** A time range as Google writes it: RFC 3339 strings. */
export interface TimeRange {
  start: string;
  end: string;
}

/**
 * The gaps of at least `minMinutes` between `timeMin` and `timeMax` that no busy range covers. Busy
 * ranges may overlap and come from several calendars; the slots keep the original strings as bounds.
 *
 * @example
 * computeFreeSlots({ timeMin: '2025-03-14T09:00:00Z', timeMax: '2025-03-14T12:00:00Z',
 *   busy: [{ start: '2025-03-14T10:00:00Z', end: '2025-03-14T11:00:00Z' }], minMinutes: 30 });
 * // [{ start: '...T09:00:00Z', end: '...T10:00:00Z', minutes: 60 }, { start: '...T11:00:00Z', end: '...T12:00:00Z', minutes: 60 }]
 */
export function computeFreeSlots({
  timeMin,
  timeMax,
  busy,
  minMinutes = 1,
}: {
  timeMin: string;
  timeMax: string;
  busy: TimeRange[];
  minMinutes?: number;
}): (TimeRange & { minutes: number })[] {
  const sorted = busy
    .map((range) => ({ ...range, startMs: Date.parse(range.start), endMs: Date.parse(range.end) }))
    .filter((range) => Number.isFinite(range.startMs) && Number.isFinite(range.endMs))
    .sort((a, b) => a.startMs - b.startMs);
  const slots: (TimeRange & { minutes: number })[] = [];
  let cursor = { at: timeMin, ms: Date.parse(timeMin) };
  const endMs = Date.parse(timeMax);
  const addSlot = (end: string, until: number) => {
    const minutes = Math.floor((Math.min(until, endMs) - cursor.ms) / 60_000);
    if (minutes >= minMinutes) slots.push({ start: cursor.at, end: until > endMs ? timeMax : end, minutes });
  };
  for (const range of sorted) {
    if (range.startMs >= endMs) break;
    if (range.startMs > cursor.ms) addSlot(range.start, range.startMs);
    if (range.endMs > cursor.ms) cursor = { at: range.end, ms: range.endMs };
  }
  if (cursor.ms < endMs) addSlot(timeMax, endMs);
  return slots;
}
