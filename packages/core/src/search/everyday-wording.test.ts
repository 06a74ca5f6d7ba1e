import { loadBuiltinToolkits } from '@toolrouter/toolkits';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import type { ToolSearchIndex } from './search-types.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

/** Requests in everyday words, over the real built-in toolkits: no API word names the operation. */
describe('everyday wording on the built-in catalog', () => {
  let index: ToolSearchIndex;
  beforeAll(async () => {
    const toolkits = await loadBuiltinToolkits();
    const bySlug = new Map(toolkits.map((toolkit) => [toolkit.slug, toolkit]));
    index = createToolSearchIndex(
      toolkits.flatMap((toolkit) => toolkit.tools.map((tool) => ({ ...tool, toolkit: toolkit.slug }))),
      { describeToolkit: (slug) => bySlug.get(slug) },
    );
  });
  const top = (query: string, count: number) =>
    index.searchLexical(query, { limit: count }).map((hit) => hit.slug);

  it('keeps a word the request uses apart from the app name it is in', () => {
    expect(top('which calendars do I have in google calendar', 1)).toEqual(['GOOGLECALENDAR_LIST_CALENDARS']);
  });

  it('counts an app named only in a statement of what happened as an ordinary word', () => {
    expect(top('the stripe payout failed last night - tell #finance about it', 1)).toEqual([
      'SLACK_SEND_MESSAGE',
    ]);
    // The app of the statement still wins when the request points nowhere else.
    expect(top('I deleted the budget sheet in google drive by mistake - can you restore it?', 1)).toEqual([
      'GOOGLEDRIVE_TRASH_FILE',
    ]);
  });

  it('appends what goes to the end of a page', () => {
    expect(top('put the packing list onto the end of the trip notes page in notion', 1)).toEqual([
      'NOTION_APPEND_BLOCKS',
    ]);
  });

  it('reads cancelling, sharing and sending in everyday words', () => {
    expect(top('call off the quarterly planning meeting', 1)).toEqual(['GOOGLECALENDAR_DELETE_EVENT']);
    expect(top('grant sam@example.org access to the pitch deck in drive', 1)).toEqual([
      'GOOGLEDRIVE_SHARE_FILE',
    ]);
    expect(top('tell #payments that the migration is finished', 1)).toEqual(['SLACK_SEND_MESSAGE']);
    expect(top('who owns the drive file 1ZxYwVu9Tq and how big is it', 1)).toEqual([
      'GOOGLEDRIVE_GET_FILE_METADATA',
    ]);
  });

  it('finds the bin, a note and what is popular near the top', () => {
    expect(top('chuck the spam message from the airline in the bin', 3)).toContain('GMAIL_MOVE_TO_TRASH');
    expect(top('leave a note on ENG-88 that QA signed off', 3)).toContain('LINEAR_CREATE_COMMENT');
    expect(top('what is popular on hacker news today', 2)).toContain('HACKERNEWS_GET_TOP_STORIES');
  });

  it('reads an app after "emails from" as who sent them, not as the app to use', () => {
    expect(top('any emails from stripe about the failed payout this week', 1)).toEqual([
      'GMAIL_FETCH_EMAILS',
    ]);
  });

  it('reads "across all channels" as where to search, not as a listing of channels', () => {
    expect(top('look across all channels for anything about the vendor audit', 1)).toEqual([
      'SLACK_SEARCH_MESSAGES',
    ]);
  });

  it('reads many things in one call as a batch', () => {
    expect(top('pull the text of these 12 product pages in bulk', 1)).toEqual(['FIRECRAWL_BATCH_SCRAPE']);
  });

  it('asks after a job that is named by its id and "done yet?", instead of starting one', () => {
    expect(top('batch job 5d0c11ef, done yet?', 1)).toEqual(['FIRECRAWL_GET_BATCH_SCRAPE_STATUS']);
  });
});

describe('everyday synonyms of operations', () => {
  it('sends everyday disposal to the bin, and keeps deleting to delete', () => {
    expect(queryTermWeight('throw out the old receipts', 'trash')).toBeGreaterThan(0);
    expect(queryTermWeight('chuck the coupon mails from June', 'trash')).toBeGreaterThan(0);
    expect(queryTermWeight('toss the old seating plan', 'delete')).toBeGreaterThan(0);
    expect(queryTermWeight('erase the old receipts', 'trash')).toBe(0);
    expect(queryTermWeight('erase the old receipts', 'delete')).toBeGreaterThan(0);
  });

  it('reads looking something over as reviewing it', () => {
    expect(queryTermWeight('could you look over my cover letter', 'review')).toBeGreaterThan(0);
    expect(queryTermWeight('look at my cover letter', 'review')).toBe(0);
  });

  it('reads rescheduling as a change and leftovers as usage', () => {
    expect(queryTermWeight('postpone the vendor call', 'update')).toBeGreaterThan(0);
    expect(queryTermWeight('any api credits remaining?', 'usage')).toBeGreaterThan(0);
    expect(queryTermWeight('what is trending in music', 'top')).toBeGreaterThan(0);
  });

  it('sends with "email" only when it is the verb', () => {
    expect(queryTermWeight('email the slides to Kim', 'send')).toBeGreaterThan(0);
    expect(queryTermWeight('email the slides to Kim', 'email')).toBe(1);
    expect(queryTermWeight('archive the shipping emails from June', 'send')).toBe(0);
  });

  it('reads a free hour as availability', () => {
    expect(queryTermWeight('find a spare hour for Lu and me on Monday', 'availability')).toBeGreaterThan(0);
  });

  it('reads a message kept from sending as a draft, through its negation', () => {
    expect(
      queryTermWeight("answer Ola's question but don't send it before I check", 'draft'),
    ).toBeGreaterThan(0);
    expect(queryTermWeight("answer Ola's question but don't send it before I check", 'send')).toBe(0);
    expect(queryTermWeight("answer Ola's question and send it", 'draft')).toBe(0);
  });

  it('creates with "make a" and "raise a", not with "make it" or "raise <id>"', () => {
    expect(queryTermWeight('raise a ticket about the broken kiosk', 'create')).toBeGreaterThan(0);
    expect(queryTermWeight('make a folder for the scans', 'create')).toBeGreaterThan(0);
    expect(queryTermWeight('raise KIO-9 to urgent and make it due Friday', 'create')).toBe(0);
  });

  it('reads "which account is this connected to" as the signed-in account', () => {
    expect(queryTermWeight('which bank is this connected to', 'authenticated')).toBeGreaterThan(0.5);
    expect(queryTermWeight('is the tablet hooked up to my work login?', 'authenticated')).toBeGreaterThan(
      0.5,
    );
    expect(queryTermWeight('connect the printer to the office wifi', 'authenticated')).toBe(0);
  });

  it('adds to the end of a page by appending, not a meeting to the end of the day', () => {
    expect(queryTermWeight('tack the packing list onto the end of the trip page', 'append')).toBeGreaterThan(
      0,
    );
    expect(queryTermWeight('add the rota to the end of my shift notes', 'append')).toBeGreaterThan(0);
    expect(queryTermWeight('move my dentist slot to the end of the day', 'append')).toBe(0);
  });

  it('reads likeness idioms as finding similar things', () => {
    expect(
      queryTermWeight('loved this recipe blog, find more along the same lines', 'similar'),
    ).toBeGreaterThan(0);
    expect(queryTermWeight('more like these two posters please', 'similar')).toBeGreaterThan(0);
    expect(queryTermWeight('cafes with the same vibe as Lune', 'similar')).toBeGreaterThan(0);
    expect(queryTermWeight('draw more lines on the chart', 'similar')).toBe(0);
  });

  it('reads being booked as what is on the calendar', () => {
    expect(queryTermWeight('are we booked on Friday afternoon?', 'event')).toBeGreaterThan(0);
    expect(queryTermWeight('the studio is booked up till May', 'event')).toBeGreaterThan(0);
    expect(queryTermWeight('refund the booked tickets', 'event')).toBe(0);
  });

  it('looks in the inbox for what someone emailed over', () => {
    expect(queryTermWeight('the quote Brightwell emailed me in May', 'inbox')).toBeGreaterThan(0);
    expect(queryTermWeight('the floor plan the agent mailed over', 'inbox')).toBeGreaterThan(0);
    expect(queryTermWeight('email me the quote', 'inbox')).toBe(0);
  });

  it('reads who may view or edit a thing as sharing it', () => {
    expect(queryTermWeight('make the floor plan viewable by the whole team', 'share')).toBeGreaterThan(0);
    expect(queryTermWeight('anyone with the link should see the menu', 'share')).toBeGreaterThan(0);
  });

  it("reads a page's paragraphs, headings and checklists as its blocks", () => {
    expect(queryTermWeight('read me the paragraphs under the agenda heading', 'block')).toBeGreaterThan(0);
    expect(queryTermWeight('which checklist items on the trip page are ticked', 'block')).toBeGreaterThan(0);
  });
});
