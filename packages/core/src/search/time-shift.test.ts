import { describe, expect, it } from 'vitest';
import { queryTermWeight } from './test-support/query-term-weight.ts';
import { isTimeShift } from './time-shift.ts';

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
