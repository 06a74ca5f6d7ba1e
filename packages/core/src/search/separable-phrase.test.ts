import { describe, expect, it } from 'vitest';
import { stemWord } from './analyze-text.ts';
import { isSeparablePhrase, matchesSeparatedAt } from './separable-phrase.ts';
import { plainWords } from './test-support/plain-words.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

const words = plainWords;

const at = (sentence: string, verb: string, particle: string) =>
  matchesSeparatedAt(
    words(sentence),
    words(sentence).findIndex((word) => word.word === verb),
    [stemWord(verb), stemWord(particle)],
  );

describe('isSeparablePhrase', () => {
  it('takes a content word and a particle, nothing else', () => {
    expect(isSeparablePhrase(['switch', 'off'])).toBe(true);
    expect(isSeparablePhrase(['is', 'down'])).toBe(false);
    expect(isSeparablePhrase(['switch', 'off', 'now'])).toBe(false);
    expect(isSeparablePhrase(['look', 'at'])).toBe(false);
  });
});

describe('matchesSeparatedAt', () => {
  it('finds a particle one to three words after its verb', () => {
    expect(at('switch it off', 'switch', 'off')).toBe(true);
    expect(at('switch the reminders off', 'switch', 'off')).toBe(true);
    expect(at('switch the old reminders off', 'switch', 'off')).toBe(true);
    expect(at('switch all the old reminders off', 'switch', 'off')).toBe(false);
  });

  it('lets a preposition, a conjunction or a clause end follow the particle', () => {
    expect(at('bring Omar in on the budget call', 'bring', 'in')).toBe(true);
    expect(at('bring Omar in, he knows the vendor', 'bring', 'in')).toBe(true);
    expect(at('bring Omar in today', 'bring', 'in')).toBe(true);
  });

  it('reads a particle before its own object as a preposition', () => {
    expect(at('note the room number in the booking', 'note', 'in')).toBe(false);
    expect(at('note the room number in passing', 'note', 'in')).toBe(false);
  });

  it('stops at function words and clause breaks in the gap', () => {
    expect(at('switch to the dark theme and log off', 'switch', 'off')).toBe(false);
    expect(at('switch dashboards, off we go', 'switch', 'off')).toBe(false);
    expect(at('switch what is off', 'switch', 'off')).toBe(false);
  });
});

describe('separated phrasal verbs in queries', () => {
  it('bring in what the phrase means with its object inside', () => {
    expect(queryTermWeight('please switch the nightly reminders off', 'disable')).toBeGreaterThan(0.5);
    expect(queryTermWeight('rope Kim in on the vendor review', 'invite')).toBeGreaterThan(0.5);
    expect(queryTermWeight('sign my cousin up for the newsletter', 'subscribe')).toBeGreaterThan(0.5);
    expect(queryTermWeight('roll that config change back', 'revert')).toBeGreaterThan(0.5);
  });

  it('leave a preposition with its own object alone', () => {
    expect(queryTermWeight('turn the van off the main road', 'disable')).toBe(0);
    expect(queryTermWeight('roll the dice back home', 'revert')).toBe(0);
  });
});
