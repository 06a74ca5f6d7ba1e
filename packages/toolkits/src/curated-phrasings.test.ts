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
import { phrasingProblems } from './toolkit/test-support/phrasing-problems.ts';

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

  it('gives every tool 6 to 12 phrasings of 3 to 14 words, none given twice', () => {
    expect(phrasingProblems(phrasings, { min: 6, max: 12 })).toEqual([]);
  });

  it('reaches the toolkit: every tool carries its list', () => {
    for (const tool of toolkit.tools) expect(tool.phrasings, tool.slug).toEqual(phrasings[tool.slug]);
  });
});
