import { describe, expect, it } from 'vitest';
import { computeFreeSlots } from './compute-free-slots.ts';

const at = (time: string) => `2025-03-14T${time}:00Z`;

describe('computeFreeSlots', () => {
  it('returns the whole window when nothing is busy', () => {
    expect(computeFreeSlots({ timeMin: at('09:00'), timeMax: at('10:00'), busy: [] })).toEqual([
      { start: at('09:00'), end: at('10:00'), minutes: 60 },
    ]);
  });

  it('merges overlapping busy ranges from several calendars and drops gaps shorter than the minimum', () => {
    const slots = computeFreeSlots({
      timeMin: at('09:00'),
      timeMax: at('17:00'),
      busy: [
        { start: at('13:00'), end: at('14:00') },
        { start: at('08:00'), end: at('09:30') },
        { start: at('10:00'), end: at('11:00') },
        { start: at('10:30'), end: at('12:00') },
        { start: at('14:10'), end: at('15:00') },
      ],
      minMinutes: 30,
    });
    expect(slots).toEqual([
      { start: at('09:30'), end: at('10:00'), minutes: 30 },
      { start: at('12:00'), end: at('13:00'), minutes: 60 },
      { start: at('15:00'), end: at('17:00'), minutes: 120 },
    ]);
  });

  it('compares times written with different offsets by the instant they name', () => {
    const slots = computeFreeSlots({
      timeMin: '2025-03-14T09:00:00-05:00',
      timeMax: '2025-03-14T11:00:00-05:00',
      busy: [{ start: '2025-03-14T14:30:00Z', end: '2025-03-14T15:00:00Z' }],
    });
    expect(slots).toEqual([
      { start: '2025-03-14T09:00:00-05:00', end: '2025-03-14T14:30:00Z', minutes: 30 },
      { start: '2025-03-14T15:00:00Z', end: '2025-03-14T11:00:00-05:00', minutes: 60 },
    ]);
  });

  it('returns nothing when the window is fully booked', () => {
    const busy = [{ start: at('08:00'), end: at('18:00') }];
    expect(computeFreeSlots({ timeMin: at('09:00'), timeMax: at('17:00'), busy })).toEqual([]);
  });
});
