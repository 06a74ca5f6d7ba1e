import { describe, expect, it } from 'vitest';
import { markMailSender } from './mail-sender.ts';
import { wordsLeftAfter } from './test-support/plain-words.ts';

describe('markMailSender', () => {
  it('lowers who sent the mail, after "from" and a noun of mail', () => {
    expect(wordsLeftAfter(markMailSender, 'any emails from acme about renewals')).toEqual([
      'any',
      'emails',
      'from',
      'about',
      'renewals',
    ]);
    expect(wordsLeftAfter(markMailSender, 'unread in my inbox from paper trail today')).toEqual([
      'unread',
      'in',
      'my',
      'inbox',
      'from',
      'today',
    ]);
  });

  it('keeps a time after "from", and "from" with no mail before it', () => {
    expect(wordsLeftAfter(markMailSender, 'emails from last week')).toHaveLength(4);
    expect(wordsLeftAfter(markMailSender, 'import issues from acme')).toHaveLength(4);
    expect(wordsLeftAfter(markMailSender, 'emails, from acme')).toHaveLength(3);
  });

  it('lowers the sender right before a verb of mail that came to the requester', () => {
    expect(wordsLeftAfter(markMailSender, 'the quote Brightwell emailed me')).toEqual([
      'the',
      'quote',
      'emailed',
      'me',
    ]);
    expect(wordsLeftAfter(markMailSender, 'the deck Ana sent over')).toEqual(['the', 'deck', 'sent', 'over']);
    expect(wordsLeftAfter(markMailSender, 'the reminder was sent to everyone')).toHaveLength(6);
  });
});
