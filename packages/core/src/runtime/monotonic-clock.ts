/**
 * A clock that never returns the same millisecond twice in this process, so "most recently
 * connected" is well defined even for accounts connected in the same millisecond.
 */
export function monotonicClock(): () => Date {
  let last = 0;
  return function now() {
    last = Math.max(Date.now(), last + 1);
    return new Date(last);
  };
}
