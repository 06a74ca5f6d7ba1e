import { describe, expect, it } from 'vitest';
import { queryTermWeight } from './test-support/query-term-weight.ts';
import { hasTimeSlot, isTimeShift } from './time-shift.ts';

describe('isTimeShift', () => {
  it.each([
    'push the dentist to Wednesday',
    'move our sync from 10am to 11:15',
    'bump the vendor call till next week',
    'can we shift the offsite to October',
    'slide the retro to tomorrow afternoon',
    'push the vendor call back an hour later',
    'move my 1:1 with Ines 15 minutes earlier',
    'shift the review to start at 2pm',
  ])('reads "%s" as moving something in time', (query) => {
    expect(isTimeShift(query)).toBe(true);
  });

  it.each([
    'push the hotfix to the release branch',
    'move the invoices to the archive folder',
    'bump the version to 2.1',
    'push to main, then on Friday tag it',
    'move the cron job, it runs 5 minutes later than the backup',
  ])('reads "%s" as no move in time', (query) => {
    expect(isTimeShift(query)).toBe(false);
  });
});

describe('moves in time in queries', () => {
  it('bring in the words of rescheduling', () => {
    expect(queryTermWeight('push the dentist to Wednesday', 'reschedule')).toBeGreaterThan(0.5);
    expect(queryTermWeight('push the hotfix to the release branch', 'reschedule')).toBe(0);
  });
});

describe('hasTimeSlot', () => {
  it('finds a stretch of the day from one clock time to another', () => {
    expect(hasTimeSlot('hold Thursday 10:00-11:30 for the plumber')).toBe(true);
    expect(hasTimeSlot('block 2pm to 3pm on Friday')).toBe(true);
    expect(hasTimeSlot('pottery class 9:30am–11')).toBe(true);
  });

  it('leaves one clock time, version ranges and plain numbers alone', () => {
    expect(hasTimeSlot('the failover test starts at 14:00 UTC')).toBe(false);
    expect(hasTimeSlot('compare v1.2-1.4 of the cli')).toBe(false);
    expect(hasTimeSlot('rows 10-20 of the sheet')).toBe(false);
  });

  it('makes a request with a time slot look for calendar events', () => {
    expect(queryTermWeight('put the review in for 10:00-11:30 Tuesday', 'event')).toBeGreaterThan(0);
  });
});
