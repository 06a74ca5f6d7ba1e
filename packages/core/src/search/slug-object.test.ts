import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze-query.ts';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import type { SearchableTool } from './search-types.ts';
import { requestObject, slugObject } from './slug-object.ts';

describe('slugObject', () => {
  it('reads what a slug acts on, whichever side of the verb it stands', () => {
    expect(slugObject('PLANNER_CREATE_CARD', 'planner')).toBe('card');
    expect(slugObject('PLANNER_CARDS_INSERT', 'planner')).toBe('card');
    expect(slugObject('PLANNER_ATTACH_LABEL_FOR_CARD', 'planner')).toBe('label');
    expect(slugObject('PLANNER_ME_LIST_BOARD_COLUMNS', 'planner')).toBe('column');
    expect(slugObject('PLANNER_GET_BOARD_DETAILS', 'planner')).toBe('board');
    expect(slugObject('PLANNER_LIST', 'planner')).toBeUndefined();
  });
});

describe('requestObject', () => {
  const objectOf = (query: string, nameStems: string[] = []) =>
    requestObject(analyzeQuery(query).objectRuns, new Set(nameStems));

  it('takes the head of the first noun phrase after the verb or question word', () => {
    expect(objectOf('put a card on the launch board')).toBe('card');
    expect(objectOf('which columns does the board have')).toBe('column');
    expect(objectOf('how many seats are free in the plan')).toBe('seat');
    expect(objectOf('fetch the workspace details')).toBe('workspac');
  });

  it("leaves out the named toolkit's own name words", () => {
    expect(objectOf('list planner boards', ['planner'])).toBe('board');
  });

  it('takes what the request makes "as a ..." before what it is made from', () => {
    expect(objectOf('write the minutes up as a new planner card', ['planner'])).toBe('card');
    expect(objectOf('save the recipe as an index card')).toBe('card');
    expect(objectOf('mark the minutes as done')).toBe('minut');
  });
});

describe('the object a request acts on, in a named toolkit', () => {
  const tool = (slug: string, name: string, description: string): SearchableTool => ({
    slug: `PLANNER_${slug}`,
    name,
    description,
    toolkit: 'planner',
    inputSchema: {},
  });
  const tools = [
    tool('ATTACH_BOARD_FOR_CARD', 'Attach board for card', 'Adds a card to one more board.'),
    tool('CREATE_CARD', 'Create card', 'Creates a new card.'),
    tool('LIST_BOARDS', 'List boards', 'Lists the boards.'),
  ];
  const index = createToolSearchIndex(tools, {
    describeToolkit: (slug) => ({ slug, name: 'Planner' }),
  });

  it('ranks the tool acting on that thing first', () => {
    expect(index.searchLexical('in planner, add a card to the roadmap board', { limit: 1 })[0]?.slug).toBe(
      'PLANNER_CREATE_CARD',
    );
  });
});
