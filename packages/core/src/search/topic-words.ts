import type { QueryWord } from './query-word.ts';

/** Words that open the topic of what is asked for: "pages about pricing", "mails regarding the lease". */
const TOPIC_OPENERS = new Set(['about', 'regarding', 'concerning']);

/** Words that end a topic: the next part of the request. */
const TOPIC_ENDS = new Set(['and', 'but', 'then', 'so']);

/**
 * Lowers to `weight` the words of a topic: after "about", "regarding" or "concerning" in the middle of
 * a request, up to the end of its clause or its next part ("which pages on the site are about
 * pricing or plans": the pages are wanted, pricing is what they say, not an operation on prices).
 * Words already weighed lower keep their weight.
 *
 * @example
 * markTopic(words('find the pages about pricing'), 0.5); // "pricing" at 0.5
 */
export function markTopic(words: QueryWord[], weight: number): void {
  words.forEach((word, index) => {
    if (!TOPIC_OPENERS.has(word.word) || word.weight !== 1 || index === 0) return;
    for (let next = index + 1; next < words.length && words[next]!.clause === word.clause; next++) {
      const topic = words[next]!;
      if (TOPIC_ENDS.has(topic.word)) break;
      if (topic.weight > weight) topic.weight = weight;
    }
  });
}
