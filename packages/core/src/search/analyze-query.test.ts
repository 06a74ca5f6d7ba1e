import { describe, expect, it } from 'vitest';
import {
  analyzeQuery,
  IDENTIFIER_HINT_WEIGHT,
  IDENTIFIER_SHAPE_WEIGHT,
  IDENTIFIER_WEIGHT,
  identifierHints,
  SINGLE_ITEM_GET_WEIGHT,
} from './analyze-query.ts';
import { queryTermWeight } from './test-support/query-term-weight.ts';

describe('analyzeQuery', () => {
  it('keeps the query words at full weight and adds concept words at less', () => {
    expect(queryTermWeight('nuke the old repo', 'nuke')).toBe(1);
    expect(queryTermWeight('nuke the old repo', 'delete')).toBeLessThan(1);
    expect(queryTermWeight('nuke the old repo', 'delete')).toBeGreaterThan(0);
    expect(queryTermWeight('nuke the old repo', 'repository')).toBe(1);
  });

  it('maps how people phrase tasks to how APIs name operations', () => {
    expect(queryTermWeight('DM Alice', 'conversation')).toBeGreaterThan(0);
    expect(queryTermWeight('check why CI is red', 'workflow')).toBeGreaterThan(0);
    expect(queryTermWeight('bump the version', 'release')).toBeGreaterThan(0);
    expect(queryTermWeight('kick off the deploy', 'dispatch')).toBeGreaterThan(0);
    expect(queryTermWeight('set up a team', 'create')).toBeGreaterThan(0);
  });

  it('matches concept phrases before dropping stop words, and only as whole phrases', () => {
    expect(queryTermWeight('clean up old branches', 'delete')).toBeGreaterThan(0);
    expect(queryTermWeight('clean the kitchen', 'delete')).toBe(0);
  });

  it('reads "report a ..." as filing something, not as a report', () => {
    expect(queryTermWeight('report a leak under the sink', 'report')).toBeLessThan(1);
    expect(queryTermWeight('report a leak under the sink', 'create')).toBeGreaterThan(0.5);
    expect(queryTermWeight('download the quarterly report', 'report')).toBe(1);
  });

  it('tells apart phrases of two concepts that share a stem by their words as written', () => {
    // "findings" (code scanning) and "find" (search) stem alike; so do "busy" and "business".
    expect(queryTermWeight('find the onboarding checklist', 'scanning')).toBe(0);
    expect(queryTermWeight('triage the open findings', 'scanning')).toBeGreaterThan(0);
    expect(queryTermWeight('is the room busy at noon', 'availability')).toBeGreaterThan(0);
    expect(queryTermWeight('is the room busy at noon', 'organization')).toBe(0);
    expect(queryTermWeight('rename our business unit', 'organization')).toBeGreaterThan(0);
  });

  it('counts quoted values, paths and code names as identifiers', () => {
    expect(queryTermWeight('read src/app.yml from octo/site', 'app')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('read src/app.yml from octo/site', 'site')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('label it "regression"', 'regression')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('who calls loadSettings here', 'load')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('post the menu in #catering', 'catering')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('post the menu in #catering', 'channel')).toBeGreaterThan(0);
    expect(queryTermWeight('fix issue #42 today', 'issue')).toBe(1);
    expect(queryTermWeight('start a project called lunar-base', 'base')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('start a project called lunar-base', 'project')).toBe(1);
    expect(queryTermWeight('archive record 7fa03c91bd2e', '7fa03c91bd2e')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('who is W09XYZ8812 in chat', 'w09xyz8812')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('convert utf8 to base64', 'utf8')).toBe(1);
  });

  it('counts an issue key and a hyphenated id as one value, not as words', () => {
    expect(queryTermWeight('close TEAM-88 when the deploy lands', 'team')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('close TEAM-88 when the deploy lands', 'deploy')).toBe(1);
    expect(queryTermWeight('did export 4c9e07aa-bd31 succeed', 'bd31')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('close the team board', 'team')).toBe(1);
  });

  it('counts a web address as one value, its query string and scheme included', () => {
    const page = 'the form at https://shop.example.org/cart?ref=chat is down, tell the vendor';
    expect(queryTermWeight(page, 'ref')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight(page, 'cart')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight(page, 'https')).toBe(0);
    expect(queryTermWeight('open forum.example.org/post?topic=4417 from chat', 'topic')).toBe(
      IDENTIFIER_WEIGHT,
    );
  });

  it('counts the words of a matched idiom at half weight, the words it stands for added', () => {
    expect(queryTermWeight('which login am I signed in with', 'sign')).toBe(0.5);
    expect(queryTermWeight('which login am I signed in with', 'authent')).toBeGreaterThan(0);
    expect(queryTermWeight('the key I signed the tag with', 'sign')).toBe(1);
  });

  it('drops the words a "without", "don\'t", "no" or "hold off on" rules out', () => {
    expect(queryTermWeight('land the fix without a review first', 'review')).toBe(0);
    expect(queryTermWeight('land the fix without a review first', 'land')).toBe(1);
    expect(queryTermWeight("write the reply but don't post it", 'post')).toBe(0);
    expect(queryTermWeight('export the report, no charts', 'chart')).toBe(0);
    expect(queryTermWeight('write the note to Kim but hold off on sending', 'send')).toBe(0);
    expect(queryTermWeight('hold the door', 'door')).toBe(1);
    // "as not planned" is a state to set.
    expect(queryTermWeight('close the request as not planned', 'planned')).toBe(1);
    // Ruled out in one place, asked for in another: it counts.
    expect(queryTermWeight("on the board, add a note, don't edit the board", 'board')).toBe(1);
  });

  it('hears a search in "referencing" and "that discuss", as in "mentioning"', () => {
    expect(queryTermWeight('tickets referencing the billing outage', 'search')).toBe(0.5);
    expect(queryTermWeight('threads that discuss pricing', 'search')).toBe(0.7);
  });

  it('hears likeness and the open web where no API word says it', () => {
    expect(queryTermWeight('shops that look like acme.com', 'similar')).toBeGreaterThan(0);
    expect(queryTermWeight('shops that like acme', 'similar')).toBe(0);
    expect(queryTermWeight('read what people say online about the X2', 'web')).toBeGreaterThan(0);
    expect(queryTermWeight('search the web for X2 reviews', 'web')).toBe(1);
  });

  it('keeps what "not just" names as a value: wanted, but not what the request is after', () => {
    expect(queryTermWeight('show the comments, not just the summary', 'summary')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight('show the comments, not just the summary', 'comment')).toBe(1);
    expect(queryTermWeight('the whole text, not only the title and tags', 'tag')).toBe(IDENTIFIER_WEIGHT);
    expect(queryTermWeight("draft the reply, don't send and then archive it", 'archive')).toBe(1);
  });

  it('asks to get one thing when the query names it by id and nothing in the plural', () => {
    expect(queryTermWeight('status of OPS-77', 'get')).toBe(SINGLE_ITEM_GET_WEIGHT);
    expect(queryTermWeight('who wrote entry 90817', 'get')).toBe(SINGLE_ITEM_GET_WEIGHT);
    expect(queryTermWeight('status of the ops board', 'get')).toBe(0);
    expect(queryTermWeight('labels of OPS-77', 'get')).toBe(0);
    expect(queryTermWeight('why was ch_9QwErTy12 declined', 'get')).toBe(SINGLE_ITEM_GET_WEIGHT);
    expect(queryTermWeight('is study r_01HXY77ZQB done', 'get')).toBe(SINGLE_ITEM_GET_WEIGHT);
    // A verb after a subject pronoun is no plural: "who owns it".
    expect(queryTermWeight('OPS-77: who owns it now', 'get')).toBe(SINGLE_ITEM_GET_WEIGHT);
    expect(queryTermWeight('OPS-77: who owns it now', 'list')).toBe(0);
  });

  it('needs no search for one thing named by its id', () => {
    expect(queryTermWeight("where's OPS-77 at", 'search')).toBeLessThan(0.5);
    expect(queryTermWeight('where are the deploy notes', 'search')).toBe(0.5);
  });

  it('asks for a list when the query talks about things in the plural', () => {
    expect(queryTermWeight('what labels exist on this board', 'list')).toBeGreaterThan(0);
    expect(queryTermWeight('rename the branch', 'list')).toBe(0);
    expect(queryTermWeight('what did the children draw', 'list')).toBeGreaterThan(0);
  });

  it('asks for a list with "which" before a plural, not before one thing', () => {
    expect(queryTermWeight('which of our boards are archived', 'list')).toBe(0.5);
    expect(queryTermWeight('which time zone is Ana in', 'list')).toBe(0);
  });

  it('reads the kind of operation the task asks for', () => {
    expect(analyzeQuery('what milestones does this project have').kind).toBe('read');
    expect(analyzeQuery('please remove bob from the team').kind).toBe('delete');
    expect(analyzeQuery('open a pull request').kind).toBe('create');
    expect(analyzeQuery('rename the pull request').kind).toBe('update');
    expect(analyzeQuery('pull request 12').kind).toBe('write');
    expect(analyzeQuery('octocat').kind).toBeUndefined();
  });

  it('reads the kind from the clause that asks, not from one that reports', () => {
    expect(analyzeQuery('the invoices show the wrong tax - add a bug for billing').kind).toBe('create');
    expect(analyzeQuery('I need the payroll out: start the batch').kind).toBe('write');
    expect(analyzeQuery('I need the code of the shared locker so I can start using it').kind).toBe('read');
    expect(analyzeQuery('what does the memo say? give me its text').kind).toBe('read');
  });

  it('sets aside an app named only where the query reports, when another clause asks', () => {
    const query = analyzeQuery('the trello card is done, so close OPS-9 in jira');
    expect([...query.contextNames]).toContain('trello');
    expect([...query.contextNames]).not.toContain('jira');
    expect(analyzeQuery('the trello card is done').contextNames.size).toBe(0);
  });

  it('sets aside an app named as what to refer to ("mention Trello card 12")', () => {
    const query = analyzeQuery('open a ticket in jira and mention trello card 12 in the description');
    expect([...query.contextNames]).toContain('trello');
    expect([...query.contextNames]).not.toContain('jira');
  });

  it('ends a negation with its sentence, not with a comma of its list', () => {
    expect(queryTermWeight('it says Friday, not Thursday. Could you correct the note', 'correct')).toBe(1);
    expect(queryTermWeight('export the doc without comments, suggestions or history', 'history')).toBe(0);
  });

  it('reads "we\'re" as "we are", not as the question word "were"', () => {
    expect(analyzeQuery("we're hiring, so post the opening in the jobs room").kind).toBe('create');
  });

  it('reads "new ..." before a later verb as asking to make one', () => {
    expect(analyzeQuery("new ticket for the web team: 'login loops' - tag it urgent").kind).toBe('create');
  });

  it('reads asking, letting or telling someone as a change, whatever verb follows', () => {
    expect(analyzeQuery('ask Kim and Bo to have a look at the flyer').kind).toBe('write');
    expect(analyzeQuery('let the night shift see the rota').kind).toBe('write');
    expect(analyzeQuery('list the flyers, then ask Kim to check them').kind).toBe('read');
  });

  it('keeps an app named in a bare frame ("in trello, ...") as the app to act in', () => {
    expect(analyzeQuery('in trello, post the jira sprint summary').contextNames.size).toBe(0);
    expect([...analyzeQuery('the jira sprint ended, post a summary in trello').contextNames]).toContain(
      'jira',
    );
  });

  it('reads "I need ..." as the clause that asks', () => {
    const query = analyzeQuery('Ola is @ola on trello, but I need her jira account id');
    expect([...query.contextNames]).toContain('trello');
    expect([...query.contextNames]).not.toContain('jira');
  });

  it('still names an app inside a scope ("across all boardly cards")', () => {
    expect(analyzeQuery('look across all boardly cards for the outage').names).toContain('boardly');
    expect(queryTermWeight('look across all boardly cards for the outage', 'card')).toBe(0.5);
  });

  it('adds the shape of each identifier it carries', () => {
    const terms = analyzeQuery('move TEAM-88 to done').terms;
    expect(terms.find(({ term }) => term === 'id:issue-key')?.weight).toBe(IDENTIFIER_SHAPE_WEIGHT);
  });

  it('adds what the shape of an identifier implies, at a low weight', () => {
    const hints = (query: string) => identifierHints(query).join(' ');
    expect(hints('close widgets/core#17 please')).toBe('repositori issu pull request');
    expect(hints('tell #support the queue is clear')).toBe('channel');
    expect(hints('move OPS-77 to done')).toBe('issu');
    expect(hints('send the slides to kim@example.org')).toBe('email');
    expect(hints('summarise example.dev/blog')).toBe('url websit page');
    expect(hints('open lib/parser.py')).toBe('file');
    expect(hints('fork torvalds/linux')).toBe('repositori');
    expect(hints('notes for v2.10.1')).toBe('version tag releas');
    expect(hints('put :tada: under the launch note')).toBe('emoji react');
    expect(hints('meet at 10:30: bring slides')).toBe('');
    expect(hints('nothing special here')).toBe('');
    expect(hints('void sub_K2mQ9zz before renewal')).toBe('subscrib');
    expect(hints('who paid with pm_77AbCd')).toBe('payment method');
    expect(hints('ring +31 20 555 0199 about the parcel')).toBe('phone number call messag');
    expect(hints('order 42 ships in_stock items only')).toBe('');
    expect(queryTermWeight('post it in #random', 'channel')).toBe(IDENTIFIER_HINT_WEIGHT);
  });
});
