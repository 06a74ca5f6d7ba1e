import { describe, expect, it } from 'vitest';
import { exaPhrasings } from './exa/exa-phrasings.ts';
import { exa } from './exa/exa-toolkit.ts';
import { firecrawlPhrasings } from './firecrawl/firecrawl-phrasings.ts';
import { firecrawl } from './firecrawl/firecrawl-toolkit.ts';
import { gmailPhrasings } from './gmail/gmail-phrasings.ts';
import { gmail } from './gmail/gmail-toolkit.ts';
import { googlecalendarPhrasings } from './googlecalendar/googlecalendar-phrasings.ts';
import { googlecalendar } from './googlecalendar/googlecalendar-toolkit.ts';
import { googledrivePhrasings } from './googledrive/googledrive-phrasings.ts';
import { googledrive } from './googledrive/googledrive-toolkit.ts';
import { hackernewsPhrasings } from './hackernews/hackernews-phrasings.ts';
import { hackernews } from './hackernews/hackernews-toolkit.ts';
import { linearPhrasings } from './linear/linear-phrasings.ts';
import { linear } from './linear/linear-toolkit.ts';
import { notionPhrasings } from './notion/notion-phrasings.ts';
import { notion } from './notion/notion-toolkit.ts';
import { slackPhrasings } from './slack/slack-phrasings.ts';
import { slack } from './slack/slack-toolkit.ts';
import { stripePhrasings } from './stripe/stripe-phrasings.ts';
import { stripe } from './stripe/stripe-toolkit.ts';

const curated = [
  { toolkit: exa, phrasings: exaPhrasings },
  { toolkit: firecrawl, phrasings: firecrawlPhrasings },
  { toolkit: gmail, phrasings: gmailPhrasings },
  { toolkit: googlecalendar, phrasings: googlecalendarPhrasings },
  { toolkit: googledrive, phrasings: googledrivePhrasings },
  { toolkit: hackernews, phrasings: hackernewsPhrasings },
  { toolkit: linear, phrasings: linearPhrasings },
  { toolkit: notion, phrasings: notionPhrasings },
  { toolkit: slack, phrasings: slackPhrasings },
  { toolkit: stripe, phrasings: stripePhrasings },
];

describe.each(curated)('$toolkit.slug phrasings', ({ toolkit, phrasings }) => {
  const slugs = toolkit.tools.map((tool) => tool.slug).sort();

  it('has a list for exactly the tools of the toolkit', () => {
    expect(Object.keys(phrasings).sort()).toEqual(slugs);
  });

  it('gives every tool 6 to 8 phrasings of 3 to 14 words', () => {
    for (const [slug, list] of Object.entries(phrasings)) {
      expect(list.length, slug).toBeGreaterThanOrEqual(6);
      expect(list.length, slug).toBeLessThanOrEqual(8);
      for (const phrasing of list) {
        const words = phrasing.trim().split(/\s+/).length;
        expect(words, phrasing).toBeGreaterThanOrEqual(3);
        expect(words, phrasing).toBeLessThanOrEqual(14);
        expect(phrasing.endsWith('.'), phrasing).toBe(false);
      }
    }
  });

  it('never gives two tools the same phrasing', () => {
    const all = Object.values(phrasings).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
