/** Runs an async generator to its end: everything it yielded, and what it returned. */
export async function drain<TEvent, TReturn>(
  generator: AsyncGenerator<TEvent, TReturn>,
): Promise<{ events: TEvent[]; result: TReturn }> {
  const events: TEvent[] = [];
  for (;;) {
    const next = await generator.next();
    if (next.done) return { events, result: next.value };
    events.push(next.value);
  }
}
