import { isStopWord } from './analyze-text.ts';
import type { QueryWord } from './query-word.ts';

/** Nouns of mail: "emails from X", "my inbox from X" name X as whoever sent them. */
const MAIL_NOUNS = new Set(['email', 'emails', 'mail', 'mails', 'inbox', 'newsletter', 'newsletters']);

/** How far before "from" a noun of mail may stand: "emails in my inbox from", "anything unread in my inbox from". */
const MAIL_REACH = 4;

/** Most words of a sender's name, up to a stop word: "from Hacker News about ...". */
const SENDER_WORDS = 2;

/** Words after "from" that say when, not who: "emails from last week", "mail from yesterday". */
const WHEN = new Set(
  `last this past yesterday today tomorrow earlier morning afternoon evening tonight week month year
  monday tuesday wednesday thursday friday saturday sunday the a an my our`.split(/\s+/),
);

/**
 * Lowers to `weight` the name after "from" when a noun of mail comes shortly before it ("any emails
 * from stripe about payouts", "unread in my inbox from DocuSign"): who sent the mail, a value, not the
 * app to use. An app's name there would otherwise pick the sender's tools over the mailbox's.
 *
 * @example
 * markMailSender(words('emails from stripe about payouts'), 0.25); // "stripe" at 0.25
 */
export function markMailSender(words: QueryWord[], weight: number): void {
  markSenderBeforeMailVerb(words, weight);
  words.forEach((word, index) => {
    if (word.word !== 'from' || word.weight !== 1) return;
    const before = words.slice(Math.max(0, index - MAIL_REACH), index);
    if (!before.some((earlier) => earlier.clause === word.clause && MAIL_NOUNS.has(earlier.word))) return;
    for (let next = index + 1; next <= index + SENDER_WORDS && next < words.length; next++) {
      const sender = words[next]!;
      const ends = isStopWord(sender.word) || WHEN.has(sender.word) || /^\d/.test(sender.word);
      if (sender.clause !== word.clause || ends) return;
      if (sender.weight > weight) sender.weight = weight;
    }
  });
}

/** Verbs of mail in the past: "the invoice Acme emailed me", "the file Ana sent over". */
const MAIL_VERBS = new Set(['emailed', 'mailed', 'sent', 'forwarded', 'cced']);

/** Who the mail came to, or how: "emailed me", "sent over", "forwarded us". */
const MAIL_RECEIVERS = new Set(['me', 'us', 'over', 'across']);

/**
 * Lowers to `weight` the word right before a verb of mail in the past that comes to the requester
 * ("the invoice Globex emailed me", "the deck Ana mailed over"): the sender, a value.
 */
function markSenderBeforeMailVerb(words: QueryWord[], weight: number): void {
  words.forEach((word, index) => {
    if (!cameByMailAt(words, index)) return;
    // One word: in "the CSV Ana emailed me" the word before the sender is what was sent.
    const sender = words[index - 1];
    if (sender === undefined || sender.clause !== word.clause || isStopWord(sender.word)) return;
    if (sender.weight > weight) sender.weight = weight;
  });
}

/** Whether `words[index]` is a verb of mail in the past that came to the requester: "emailed me". */
function cameByMailAt(words: readonly QueryWord[], index: number): boolean {
  return MAIL_VERBS.has(words[index]!.word) && MAIL_RECEIVERS.has(words[index + 1]?.word ?? '');
}

/** What an inbox holds: the words a thing that came by mail is looked for with. */
export const MAILBOX_WORDS = ['email', 'inbox'];

/**
 * Whether the query speaks of something that came to the requester by mail ("the invoice Acme
 * emailed me", "the deck Ana mailed over"): it is in the inbox (`MAILBOX_WORDS`). The verb in the
 * past tells it from a request to send ("email me the quote").
 *
 * @example
 * cameByMail(words('find the invoice Acme emailed me')); // true
 */
export function cameByMail(words: readonly QueryWord[]): boolean {
  return words.some((word, index) => word.weight === 1 && cameByMailAt(words, index));
}
