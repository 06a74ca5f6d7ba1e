/** A day, a part of one, a clock time or a month: what a meeting is moved to. */
const TIME =
  String.raw`(?:next\s+|this\s+|on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|noon|midnight|morning|afternoon|evening|week|month|` +
  String.raw`\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}|january|february|march|april|june|july|august|september|october|november|december)`;

/** A stretch of time something moves by, and which way: "30 minutes later", "an hour earlier". */
const SHIFT_BY = String.raw`(?:\d+|an?|one|two|three|half\s+an?)\s*-?\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:later|earlier|back|forward|ahead)\b`;

/**
 * A verb of moving, then within the same clause "to", "till", "until" or "for" and a time, or a
 * stretch of time and which way: "push the review to Thursday", "move my 1:1 from 3pm to 4:30",
 * "bump standup till tomorrow", "slide the sync 30 minutes later".
 */
const TIME_SHIFT = new RegExp(
  String.raw`\b(?:push|pushed|move|moved|shift|shifted|bump|bumped|slide|slip|postpone|reschedule|rebook)\b[^,;.!?]{0,60}?(?:\b(?:to|till|until|for)\s+(?:(?:start|begin)\s+(?:at\s+)?)?${TIME}|\b${SHIFT_BY})`,
  'i',
);

/** The words APIs name moving a meeting or an appointment in time with. */
export const TIME_SHIFT_WORDS = ['update', 'reschedule', 'move', 'time'];

/**
 * Whether a request moves something to another time ("push the review to Thursday"): the meaning of
 * "push", "move" and "bump" that has nothing to do with commits, files or versions.
 *
 * @example
 * isTimeShift('push the design sync to Friday'); // true
 * isTimeShift('push the branch to origin'); // false
 */
export function isTimeShift(query: string): boolean {
  return TIME_SHIFT.test(query);
}

/** A clock time: `10:00`, `9:30am`, `2pm`. */
const CLOCK = String.raw`\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm))`;

/** From one clock time to another: "10:00-11:30", "2pm to 3pm", "9:30am–10". */
const CLOCK_RANGE = new RegExp(
  String.raw`(?<![\w:])(?:${CLOCK}|\d{1,2})\s*(?:-|–|—|to|until|till)\s*(?:${CLOCK})(?![\w:])|(?<![\w:])${CLOCK}\s*(?:-|–|—|to|until|till)\s*\d{1,2}(?![\w:])`,
  'i',
);

/** The words APIs name a thing that takes up a stretch of time with. */
export const TIME_SLOT_WORDS = ['event', 'calendar'];

/**
 * Whether a request names a stretch of the day from one clock time to another ("Tue 14 Oct,
 * 10:00-11:30", "block 2pm to 3pm"): something that takes up time in a calendar.
 *
 * @example
 * hasTimeSlot('put it in for Tuesday 10:00-11:30'); // true
 * hasTimeSlot('failover test at 14:00'); // false
 */
export function hasTimeSlot(query: string): boolean {
  return CLOCK_RANGE.test(query);
}
