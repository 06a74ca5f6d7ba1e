import { describe, expect, it } from 'vitest';
import { endAfter, toEventTime } from './to-event-time.ts';

describe('toEventTime', () => {
  it('makes all-day times from dates and timed ones from date-times', () => {
    expect(toEventTime('2025-03-14')).toEqual({ date: '2025-03-14' });
    expect(toEventTime('2025-03-14T15:00:00-07:00')).toEqual({ dateTime: '2025-03-14T15:00:00-07:00' });
    expect(toEventTime('2025-03-14T15:00', 'Europe/Paris')).toEqual({
      dateTime: '2025-03-14T15:00:00',
      timeZone: 'Europe/Paris',
    });
  });

  it('refuses a date-time with neither offset nor time zone, and text that is no time', () => {
    expect(() => toEventTime('2025-03-14T15:00:00')).toThrow(/time_zone/);
    expect(() => toEventTime('tomorrow at 3')).toThrow(/not a date/);
  });
});

describe('endAfter', () => {
  it('adds minutes keeping the offset, across midnight', () => {
    expect(endAfter({ dateTime: '2025-03-14T23:30:00+01:00' }, 60)).toEqual({
      dateTime: '2025-03-15T00:30:00+01:00',
    });
    expect(endAfter({ dateTime: '2025-03-14T10:00:00', timeZone: 'Asia/Tokyo' }, 45)).toEqual({
      dateTime: '2025-03-14T10:45:00',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('ends an all-day event on the next day', () => {
    expect(endAfter({ date: '2024-02-28' }, 60)).toEqual({ date: '2024-02-29' });
  });
});
