import { describe, expect, it } from 'vitest';
import type { SearchableTool } from './search-types.ts';
import { forEachToolDocument, type ToolDocument } from './tool-document.ts';

function tool(slug: string, name: string, description: string): SearchableTool {
  return { slug, name, description, toolkit: 'desk', inputSchema: { type: 'object', properties: {} } };
}

function documentsOf(tools: SearchableTool[]): ToolDocument[] {
  const documents: ToolDocument[] = [];
  forEachToolDocument(tools, (document) => documents.push(document));
  return documents;
}

describe('forEachToolDocument', () => {
  // Five tools are the smallest number of repeats that makes a sentence boilerplate.
  const tools = [
    tool('DESK_A', 'Archive ticket', 'Archives a ticket. Requires the desk scope.'),
    tool('DESK_B', 'Block user', 'Blocks a user. Requires the DESK scope!'),
    tool('DESK_C', 'Copy view', 'Copies a view. Requires the desk scope.'),
    tool('DESK_D', 'Delete macro', 'Deletes a macro. Requires the desk scope.'),
    tool('DESK_E', 'Export report', 'Exports a report. Requires the desk scope.'),
    // Only once its name is taken off does this description start with the repeated sentence.
    tool('DESK_F', 'Find agent', 'Find agent: requires the desk scope.'),
    tool('DESK_G', 'Get form', 'Gets a form. Forms need the desk scope.'),
  ];
  const documents = documentsOf(tools);

  it('leaves out a sentence repeated across the tools, however it is capitalised and punctuated', () => {
    expect(documents[0]?.fields.lead).toEqual(['archiv', 'ticket']);
    expect(documents[0]?.fields.body).toEqual([]);
    expect(documents[1]?.fields.body).toEqual([]);
  });

  it('recognises the repeated sentence where removing the name made it the lead', () => {
    expect(documents[5]?.fields.lead).toEqual([]);
  });

  it('keeps sentences that are not repeated often enough', () => {
    expect(documents[6]?.fields.body).toEqual(['form', 'desk', 'scope']);
  });

  it('leaves out the clauses of a description that say what another tool is for', () => {
    const [pageTool] = documentsOf([
      tool('DESK_GET_PAGE', 'Get page', 'Reads a page: its title and tags; use DESK_READ_BODY for the body.'),
      tool('DESK_READ_BODY', 'Read body', 'Reads the body of a page.'),
    ]);
    expect(pageTool!.fields.lead).toContain('tag');
    expect(pageTool!.fields.lead).not.toContain('bodi');
  });

  it('keeps a clause that names no other tool of the catalog', () => {
    const [pageTool] = documentsOf([
      tool('DESK_GET_PAGE', 'Get page', 'Reads a page, SOME_FLAG for the body included; see DESK_GET_PAGE.'),
    ]);
    expect(pageTool!.fields.lead).toContain('bodi');
  });

  it('leaves out what a description says the tool does not do', () => {
    const [pageTool, draftTool, closeTool] = documentsOf([
      tool(
        'DESK_GET_PAGE',
        'Get page',
        'Reads a page: its title and tags, not its body. Does not return comments.',
      ),
      tool('DESK_DRAFT', 'Draft reply', 'Saves a reply without sending it, so an agent can review it.'),
      tool('DESK_CLOSE', 'Close ticket', 'Closes a ticket as solved or not planned.'),
    ]);
    expect(pageTool!.fields.lead).toContain('tag');
    expect([...pageTool!.fields.lead, ...pageTool!.fields.body]).not.toContain('bodi');
    expect(pageTool!.fields.body).not.toContain('comment');
    expect(draftTool!.fields.lead).not.toContain('send');
    expect(draftTool!.fields.lead).toContain('review');
    expect(closeTool!.fields.lead).toContain('plan');
  });
});
