import { MULTI_EXECUTE_SLUG, SEARCH_TOOLS_SLUG } from '@toolrouter/core';
import { modelView } from './model-view.ts';

/** What the scripted model does next: call one tool, or answer. */
export type ScriptedStep = { tool: string; args: Record<string, unknown> } | { text: string };

/**
 * The decisions of a model that uses toolrouter the intended way, for agent-loop tests with each
 * framework's fake model: search for a tool, run the tool search found through
 * TOOLROUTER_MULTI_EXECUTE_TOOL, then answer with the data the local API returned. It reads only the
 * tool results the framework sent back, so the answer carries the API's data only if the whole loop
 * worked.
 *
 * @example
 * const step = nextScriptedStep(toolOutputsSoFar); // { tool, args } or { text }
 */
export function nextScriptedStep(toolOutputs: unknown[]): ScriptedStep {
  if (toolOutputs.length === 0) {
    return { tool: SEARCH_TOOLS_SLUG, args: { queries: [{ use_case: 'get a thing by its id' }] } };
  }
  if (toolOutputs.length === 1) {
    const search = modelView(toolOutputs[0]);
    const slug = search?.data?.results?.[0]?.primary_tool_slugs?.[0];
    if (typeof slug !== 'string') return { text: `Search failed: ${JSON.stringify(search)}` };
    return { tool: MULTI_EXECUTE_SLUG, args: { tools: [{ tool_slug: slug, arguments: { id: '42' } }] } };
  }
  const run = modelView(toolOutputs[1]);
  const first = run?.data?.results?.[0];
  if (!first?.successful) return { text: `The tool failed: ${JSON.stringify(run)}` };
  return { text: `${first.tool_slug} read ${first.data.path} as ${first.data.account}.` };
}

/** The answer `nextScriptedStep` ends with when the loop worked against the echo API. */
export const SCRIPTED_ANSWER = 'ECHO_GET read /things/42 as alice-account.';
