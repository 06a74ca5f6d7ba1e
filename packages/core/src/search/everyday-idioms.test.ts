import { describe, expect, it } from 'vitest';
import { SYNONYM_WEIGHT } from './analyze-query.ts';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import type { SearchableTool } from './search-types.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

/**
 * Idioms of everyday work whose words the catalog knows in another sense: each request (written for
 * this test, in plain office English) must bring in the word an API names the operation with.
 */
const IDIOMS: readonly (readonly [query: string, operationWord: string])[] = [
  ['catch me up on the design channel', 'history'],
  ['what is on my plate this week', 'assigned'],
  ['who is in charge of the billing migration', 'assignee'],
  ['I will pick up the flaky login ticket', 'assign'],
  ['make my own copy of the starter repo', 'fork'],
  ['save a copy of the signed contract', 'download'],
  ['loop in the finance lead on this thread', 'invite'],
  ['kick out the old contractor from the workspace', 'revoke'],
  ['give the ops team a heads up about tonight', 'send'],
  ['nudge Priya about the expense report', 'reminder'],
  ['remind me to renew the domain on Friday', 'event'],
  ['get back to the vendor about pricing', 'reply'],
  ['keep an eye on the terraform repo for me', 'subscription'],
  ['opt out of the weekly digest', 'unsubscribe'],
  ['who tagged me in a comment today', 'notification'],
  ['send over the onboarding checklist to Dana', 'share'],
  ['set off the nightly data job now', 'trigger'],
  ['try again with the failed deploy job', 'retry'],
  ['wrap up the onboarding ticket', 'complete'],
  ['bring back the spreadsheet I binned yesterday', 'restore'],
  ['roll back the config change from this morning', 'revert'],
  ['put off the dentist appointment until next month', 'reschedule'],
  ["I can't make it to the Thursday retro", 'decline'],
  ['scrap the draft proposal', 'cancel'],
  ['tear down the preview environment', 'stop'],
  ["put away last year's project board", 'archive'],
  ['put the gym membership on hold', 'pause'],
  ['pull up the contract for Acme', 'get'],
  ['where are we on the checkout redesign', 'progress'],
  ['track down the thread about parking permits', 'search'],
  ['pencil in a review with Omar on Tuesday', 'event'],
  ['catch up with Ines over coffee on Monday', 'event'],
  ['find time for the three of us next week', 'availability'],
  ['when are Ana and I both free on Monday', 'slot'],
  ["I typo'd the date on the flyer", 'edit'],
  ['fire off a note to the caterer', 'send'],
  ['tack a footnote onto the menu', 'add'],
  ['the deposit was taken twice, send the extra deposit back', 'refund'],
  ['answer in the lunch thread that I am in', 'message'],
  ['how packed is my Friday', 'event'],
  ['skim the minutes and give me the gist', 'summary'],
  ['the sign-up note should say Friday', 'update'],
  ['set my out of office message for August', 'vacation'],
  ['jot down the ideas from the offsite', 'document'],
  ['tack on a summary paragraph to the handbook', 'append'],
  ['fill in the due date on the launch task', 'update'],
  ['escalate the login outage ticket', 'priority'],
  ['who changed the retry limit in config.yml', 'blame'],
  ['the payments api is down again', 'health'],
  ['the search refactor is ready for review', 'draft'],
  ['go public with the sdk repo', 'visibility'],
  ['give the green light on the pricing change', 'approve'],
  ['turn down the meeting request from the recruiter', 'decline'],
  ['keep that newsletter for later', 'bookmark'],
  ['how much money do we have right now', 'balance'],
  ['cash out what we earned this week', 'payout'],
  ['top up the account with 500 dollars', 'topup'],
  ['which clients still owe us money', 'invoice'],
  ['get paid for the consulting hours', 'payment'],
  ['who signed up yesterday', 'customer'],
  ['add Lena from Orbit as a prospect', 'lead'],
  ['what is in our sales pipeline', 'deal'],
  ['who is on call tonight', 'oncall'],
];

describe('everyday idioms of work', () => {
  it.each(IDIOMS)('reads "%s" as %s', (query, operationWord) => {
    // Above what a WordNet synonym alone would give: the idiom, not a word of it, brings the operation.
    expect(queryTermWeight(query, operationWord)).toBeGreaterThan(SYNONYM_WEIGHT);
  });

  it('keeps the literal words of an idiom below full weight', () => {
    expect(queryTermWeight('what is on my plate this week', 'plate')).toBeLessThan(1);
    expect(queryTermWeight('pencil in a review with Omar on Tuesday', 'pencil')).toBeLessThan(1);
  });

  it('tells the idiom from the same words in their plain sense', () => {
    expect(queryTermWeight('list the plates in the kitchen inventory', 'assigned')).toBe(0);
    expect(queryTermWeight('copy the heading into the summary', 'fork')).toBe(0);
    expect(queryTermWeight('catch up with Ines over coffee on Monday', 'history')).toBe(0);
    expect(queryTermWeight('catch me up on the design channel', 'event')).toBe(0);
  });
});

function tool(toolkit: string, slug: string, description: string, tags: SearchableTool['tags'] = []) {
  return {
    slug,
    name: description.split('.')[0]!,
    description,
    toolkit,
    inputSchema: { type: 'object', properties: {} },
    tags,
  } satisfies SearchableTool;
}

const read: SearchableTool['tags'] = ['readOnlyHint'];

/** A small workbench of chat, tracker, source-hosting, calendar and payment tools. */
const WORKBENCH: SearchableTool[] = [
  tool('chat', 'CHAT_FETCH_HISTORY', 'Fetch conversation history. Returns the messages of a channel.', read),
  tool('chat', 'CHAT_SEND_MESSAGE', 'Send a message. Posts a message to a channel or a person.'),
  tool('chat', 'CHAT_SEARCH_MESSAGES', 'Search messages. Finds messages matching a query.', read),
  tool('chat', 'CHAT_INVITE_TO_CHANNEL', 'Invite to channel. Adds members to a channel.'),
  tool('tracker', 'TRACKER_LIST_ASSIGNED_ISSUES', 'List my issues. Issues assigned to the viewer.', read),
  tool('tracker', 'TRACKER_CREATE_ISSUE', 'Create an issue. Files a new issue in a team.'),
  tool('tracker', 'TRACKER_UPDATE_ISSUE', 'Update an issue. Changes its title, state, priority or assignee.'),
  tool('code', 'CODE_CREATE_FORK', 'Create a fork. Forks a repository for the authenticated user.'),
  tool('code', 'CODE_GET_REPOSITORY', 'Get a repository. Returns its details.', read),
  tool('code', 'CODE_ARCHIVE_REPOSITORY', 'Archive a repository. Makes it read-only.'),
  tool('code', 'CODE_REVERT_COMMIT', 'Revert a commit. Creates a commit that undoes an earlier one.'),
  tool('calendar', 'CALENDAR_CREATE_EVENT', 'Create an event. Adds a meeting to a calendar.'),
  tool('calendar', 'CALENDAR_UPDATE_EVENT', 'Update an event. Changes its time or attendees.'),
  tool(
    'calendar',
    'CALENDAR_RESPOND_TO_EVENT',
    'Respond to an event. Accept or decline an invitation (RSVP).',
  ),
  tool('calendar', 'CALENDAR_FIND_FREE_SLOTS', 'Find free slots. Free and busy times of people.', read),
  tool('payments', 'PAYMENTS_RETRIEVE_BALANCE', 'Retrieve the balance. Available and pending funds.', read),
  tool('payments', 'PAYMENTS_LIST_INVOICES', 'List invoices. Filter by status: open, paid, past due.', read),
  tool('payments', 'PAYMENTS_CREATE_CUSTOMER', 'Create a customer. Registers a new customer.'),
];

describe('everyday idioms find their tool', () => {
  const index = createToolSearchIndex(WORKBENCH);
  const first = (query: string) => index.searchLexical(query, { limit: 1 })[0]?.slug;

  it('reads catching up, plates and own copies', () => {
    expect(first('catch me up on the design channel')).toBe('CHAT_FETCH_HISTORY');
    expect(first('what is on my plate this week')).toBe('TRACKER_LIST_ASSIGNED_ISSUES');
    expect(first('make my own copy of the starter repo')).toBe('CODE_CREATE_FORK');
  });

  it('reads meetings pencilled in, missed and found time for', () => {
    expect(first('pencil in a review with Omar on Tuesday')).toBe('CALENDAR_CREATE_EVENT');
    expect(first("I can't make it to the Thursday retro")).toBe('CALENDAR_RESPOND_TO_EVENT');
    expect(first('find time for the three of us next week')).toBe('CALENDAR_FIND_FREE_SLOTS');
  });

  it('reads money in the bank and money owed', () => {
    expect(first('how much money do we have right now')).toBe('PAYMENTS_RETRIEVE_BALANCE');
    expect(first('which clients still owe us money')).toBe('PAYMENTS_LIST_INVOICES');
  });

  it('reads putting a project away and rolling a change back', () => {
    expect(first("put away last year's project board repo")).toBe('CODE_ARCHIVE_REPOSITORY');
    expect(first('roll back what I pushed this morning')).toBe('CODE_REVERT_COMMIT');
  });
});
