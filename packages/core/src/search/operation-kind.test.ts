import { describe, expect, it } from 'vitest';
import {
  KIND_MISMATCH_FACTOR,
  operationKindFactor,
  queryOperationKind,
  toolOperationKind,
} from './operation-kind.ts';

describe('toolOperationKind', () => {
  it('trusts readOnlyHint, then the verb of the name or slug', () => {
    expect(
      toolOperationKind({ slug: 'X_RENDER', name: 'Render', toolkit: 'x', tags: ['readOnlyHint'] }),
    ).toBe('read');
    expect(toolOperationKind({ slug: 'GITHUB_ISSUES_LIST', name: 'List issues', toolkit: 'github' })).toBe(
      'read',
    );
    expect(
      toolOperationKind({ slug: 'GITHUB_ISSUES_REMOVE_LABEL', name: 'Remove a label', toolkit: 'github' }),
    ).toBe('delete');
    expect(toolOperationKind({ slug: 'SLACK_SEND_MESSAGE', name: 'Send message', toolkit: 'slack' })).toBe(
      'create',
    );
    expect(toolOperationKind({ slug: 'SLACK_EDIT_MESSAGE', name: 'Edit message', toolkit: 'slack' })).toBe(
      'update',
    );
    expect(toolOperationKind({ slug: 'X_MERGE', name: 'Merge', toolkit: 'x' })).toBe('write');
    expect(toolOperationKind({ slug: 'X_FOO', name: 'Foo', toolkit: 'x', tags: ['openWorldHint'] })).toBe(
      'write',
    );
    expect(toolOperationKind({ slug: 'X_FOO', name: 'Foo', toolkit: 'x' })).toBeUndefined();
    expect(
      toolOperationKind({
        slug: 'GMAIL_MOVE_TO_TRASH',
        name: 'Move email to trash',
        toolkit: 'gmail',
        tags: ['destructiveHint'],
      }),
    ).toBe('delete');
  });
});

describe('operationKindFactor', () => {
  it('is neutral on a match or when a kind is unknown, lower on a mismatch', () => {
    expect(operationKindFactor('read', 'read')).toBe(1);
    expect(operationKindFactor(undefined, 'write')).toBe(1);
    expect(operationKindFactor('read', 'write')).toBeLessThan(1);
    expect(operationKindFactor('delete', 'write')).toBeGreaterThan(operationKindFactor('delete', 'read'));
    expect(operationKindFactor('create', 'write')).toBe(1);
    expect(operationKindFactor('create', 'update')).toBeLessThan(1);
    expect(operationKindFactor('create', 'update')).toBeGreaterThan(operationKindFactor('create', 'read'));
  });

  it('keeps making and removing apart like reading and writing', () => {
    expect(operationKindFactor('delete', 'create')).toBe(KIND_MISMATCH_FACTOR);
    expect(operationKindFactor('create', 'delete')).toBe(KIND_MISMATCH_FACTOR);
    expect(operationKindFactor('delete', 'update')).toBeGreaterThan(KIND_MISMATCH_FACTOR);
  });
});

describe('queryOperationKind', () => {
  it('reads phrasal verbs as a whole', () => {
    expect(queryOperationKind('get rid of the stale draft')).toBe('delete');
    expect(queryOperationKind('take down the banner I put up')).toBe('delete');
    expect(queryOperationKind('get the stale draft')).toBe('read');
  });

  it('opens something new with "a", something that exists with "the", "this" or "my"', () => {
    expect(queryOperationKind('open a support case for the outage')).toBe('create');
    expect(queryOperationKind('open the receipt from the florist')).toBe('read');
    expect(queryOperationKind('open my latest payslip')).toBe('read');
    expect(queryOperationKind('pull up last week’s standup notes')).toBe('read');
  });

  it('changes a thing that exists with "make it", makes one with "make a"', () => {
    expect(queryOperationKind('make it read-only for guests')).toBe('update');
    expect(queryOperationKind('the fence repairs, make them weekly')).toBe('update');
    expect(queryOperationKind('make a copy of the seating plan')).toBe('create');
  });

  it('takes no verb in -s for the request ("checks are green" states something)', () => {
    expect(queryOperationKind('checks are all green')).toBeUndefined();
    expect(queryOperationKind('the bot posts daily')).toBeUndefined();
    expect(queryOperationKind('posts from the bot')).toBeUndefined();
  });

  it('reads a question that opens with "am", and wanting to know, as a read', () => {
    expect(queryOperationKind('am I on the rota this week')).toBe('read');
    expect(queryOperationKind('I want to know who signed the lease')).toBe('read');
  });

  it('reads "get X into Y" as putting it there and "get X out of Y" as taking it out', () => {
    expect(queryOperationKind('get the seating chart into the shared folder')).toBe('create');
    expect(queryOperationKind('get the coupon mail out of my inbox')).toBe('update');
    expect(queryOperationKind('get the seating chart')).toBe('read');
  });

  it('goes clause by clause until one says what it asks', () => {
    expect(queryOperationKind('invoice 8812 - who paid it and when?')).toBe('read');
    expect(queryOperationKind('the sprint board; can you archive it')).toBe('write');
    expect(queryOperationKind('set up a webhook')).toBe('create');
    expect(queryOperationKind('report 44, bin it')).toBe('delete');
    expect(queryOperationKind('octocat, octodog')).toBeUndefined();
  });

  it('reads "give me", "file a", "log", "answer", "drop a", "kill" and "toss" as what they ask', () => {
    expect(queryOperationKind('give me the open invoices')).toBe('read');
    expect(queryOperationKind('hand us the rota for May')).toBe('read');
    expect(queryOperationKind('file a bug for the web team')).toBe('create');
    expect(queryOperationKind('log an incident for the outage')).toBe('create');
    expect(queryOperationKind('the printer jammed again - log that for facilities')).toBe('create');
    expect(queryOperationKind("answer Ana on the lease thread: yes, we'll sign")).toBe('create');
    expect(queryOperationKind('respond to the caterer that 40 is fine')).toBe('create');
    expect(queryOperationKind('can you fire it off to the printers again')).toBe('create');
    expect(queryOperationKind('tack a footnote onto the menu')).toBe('create');
    expect(queryOperationKind('drop a note in #ops about the deploy')).toBe('create');
    expect(queryOperationKind('drop the staging table')).toBe('delete');
    expect(queryOperationKind('kill the nightly export')).toBe('delete');
    expect(queryOperationKind('toss the flyer drafts from spring')).toBe('delete');
    expect(queryOperationKind('chuck that reminder, it is done')).toBe('delete');
  });

  it('reads "have someone do it" as the doing, "have you done it" as a question', () => {
    expect(queryOperationKind('have Lee review the seating plan')).toBe('write');
    expect(queryOperationKind('have you sent the flyers')).toBe('read');
    expect(queryOperationKind('have the flyers been printed')).toBe('read');
    expect(queryOperationKind("could you have Kim's team put together a new flyer")).toBe('write');
    expect(queryOperationKind('have you put the flyers up')).toBe('read');
  });

  it('skips what the requester will do next ("I\'ll write a new one")', () => {
    expect(queryOperationKind("pull the flyer, I'll write a new one")).toBeUndefined();
    expect(queryOperationKind('gonna post it later, archive the draft')).toBe('write');
  });

  it('reads wanting a thing that exists as reading it, when no clause names an operation', () => {
    expect(queryOperationKind('I need the code of the shared locker')).toBe('read');
    expect(queryOperationKind('we need the float out: start the payroll run')).toBe('write');
    expect(queryOperationKind('I need a locker')).toBeUndefined();
    expect(queryOperationKind("need Rui's locker code")).toBe('read');
    expect(queryOperationKind('we need some lockers')).toBeUndefined();
  });

  it('reads a new state of a thing that exists ("is now ...") as a change', () => {
    expect(queryOperationKind('the venue moved - its address is now 12 Quay St')).toBe('update');
    expect(queryOperationKind('what is now on the menu?')).toBe('read');
  });

  it('makes something with a clause that opens with "new"', () => {
    expect(queryOperationKind('new label for acme/web: blocked, in red')).toBe('create');
    expect(queryOperationKind('show the new labels')).toBe('read');
  });

  it('takes no verb from a gerund after the clause has begun', () => {
    expect(queryOperationKind('show threads about deleting old forks')).toBe('read');
    expect(queryOperationKind('guides about creating monorepos')).toBeUndefined();
  });

  it('reads a question that names no operation as a read', () => {
    expect(queryOperationKind('nightly job 7d1e2f3a - finished?')).toBe('read');
    expect(queryOperationKind('nightly job 7d1e2f3a')).toBeUndefined();
  });

  it('takes a participle after the first word for a description, not the request', () => {
    expect(queryOperationKind('issues closed since Monday in acme/api')).toBeUndefined();
    expect(queryOperationKind('show the invoices emailed to Globex')).toBe('read');
  });

  it('tells someone by sending, and reads when told', () => {
    expect(queryOperationKind('tell the design crew the mockups are ready')).toBe('create');
    expect(queryOperationKind('tell me who is on call tonight')).toBe('read');
    expect(queryOperationKind('can you tell whether the nightly export ran')).toBe('read');
    expect(queryOperationKind('call off the board sync')).toBe('delete');
  });

  it('sends when a noun of messaging opens the request with the person addressed', () => {
    expect(queryOperationKind('email the plumber the floor plan')).toBe('create');
    expect(queryOperationKind('please text Oskar the gate code')).toBe('create');
    expect(queryOperationKind('message bo@example.org about the parcel')).toBe('create');
    expect(queryOperationKind('email threads about the gate code')).toBeUndefined();
    expect(queryOperationKind('messages from Oskar this week')).toBeUndefined();
  });

  it('leaves a comment by writing one, and quits a channel by leaving it', () => {
    expect(queryOperationKind('leave a thank-you under the release post')).toBe('create');
    expect(queryOperationKind('leave the #random channel')).toBe('delete');
  });

  it('reads no verb inside an emoji shortcode or double-quoted text', () => {
    expect(queryOperationKind('pop a :open_book: under the kayak photo')).toBeUndefined();
    expect(queryOperationKind('slap :x: onto that old poll, then add a new one')).toBe('create');
    expect(queryOperationKind('title the note "Find my keys"')).toBeUndefined();
    expect(queryOperationKind('find notes titled "Add milk"')).toBe('read');
    // A colon between words is no shortcode.
    expect(queryOperationKind('todo:list the chores')).toBe('read');
  });
});
