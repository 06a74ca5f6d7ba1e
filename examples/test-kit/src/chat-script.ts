import { MANAGE_CONNECTIONS_SLUG, MULTI_EXECUTE_SLUG, SEARCH_TOOLS_SLUG } from '@toolrouter/core';

/** The conversation as a scripted model sees it: user messages and tool results, in order. */
export type ChatHistoryItem =
  | { role: 'user'; text: string }
  /** `output` is what the framework handed the model: `{ successful, data, error }` as JSON text or object. */
  | { role: 'tool'; tool: string; output: unknown };

/** What the scripted model does next: call one tool, or answer. */
export type ScriptedStep = { tool: string; args: Record<string, unknown> } | { text: string };

/** The custom tool every example registers with `router.tools.create`. */
export const CUSTOM_TOOL_SLUG = 'GET_CURRENT_TIME';

/**
 * The decisions of a model that uses toolrouter as intended, for each framework's mock model:
 * search for the tools of a request; when the toolkit is not connected, get a connect link with
 * TOOLROUTER_MANAGE_CONNECTIONS and answer with it; once the user comes back, run the tools search
 * found through TOOLROUTER_MULTI_EXECUTE_TOOL and answer with the data. It reads only what the
 * framework sent back, so the answer carries the notes only if the whole loop worked.
 *
 * @example
 * const step = nextChatStep([{ role: 'user', text: 'What is in my notes?' }]); // { tool: 'TOOLROUTER_SEARCH_TOOLS', args }
 */
export function nextChatStep(history: readonly ChatHistoryItem[]): ScriptedStep {
  const last = history.at(-1);
  if (!last) throw new Error('The scripted model was called without a user message.');
  const search = history.findLast((item) => item.role === 'tool' && item.tool === SEARCH_TOOLS_SLUG);
  if (last.role === 'user') {
    if (search?.role !== 'tool') {
      return {
        tool: SEARCH_TOOLS_SLUG,
        args: { queries: [{ use_case: 'list my notes' }, { use_case: 'get the current time' }] },
      };
    }
    return runTools(search.output);
  }
  const view = toolView(last.output);
  if (last.tool === SEARCH_TOOLS_SLUG) {
    const statuses: Array<{ toolkit: string; status: string }> =
      view?.data?.toolkit_connection_statuses ?? [];
    const unconnected = statuses.filter((status) => status.status === 'not_connected');
    if (unconnected.length === 0) return runTools(last.output);
    return {
      tool: MANAGE_CONNECTIONS_SLUG,
      args: { toolkits: unconnected.map((status) => status.toolkit) },
    };
  }
  if (last.tool === MANAGE_CONNECTIONS_SLUG) {
    const results: Array<{ toolkit: string; status: string; redirect_url?: string; message: string }> =
      view?.data?.results ?? [];
    const pending = results.filter((result) => result.status === 'initiated');
    if (pending.length === 0) return search?.role === 'tool' ? runTools(search.output) : failed(view);
    return {
      text: pending
        .map((result) => `${result.toolkit} is not connected yet. Connect it here: ${result.redirect_url}`)
        .join('\n'),
    };
  }
  if (last.tool === MULTI_EXECUTE_SLUG) {
    const results: Array<{ tool_slug: string; successful: boolean; data: any; error: string | null }> =
      view?.data?.results ?? [];
    const needsConnection = results.find((result) => result.data?.connection_required);
    if (needsConnection) {
      return {
        text: `Please connect ${needsConnection.data.toolkit} first: ${needsConnection.data.redirect_url}`,
      };
    }
    const notes = results.find((result) => result.tool_slug.startsWith('NOTES_'));
    const time = results.find((result) => result.tool_slug === CUSTOM_TOOL_SLUG);
    if (!notes?.successful || !time?.successful) return failed(view);
    const titles: string[] = notes.data.notes.map((note: { title: string }) => `"${note.title}"`);
    return {
      text: `You have ${titles.length} notes: ${titles.join(' and ')}. It is ${time.data.local_time} in ${time.data.time_zone}.`,
    };
  }
  return failed(view);
}

/** Runs the notes tool and the custom tool the search found, in one TOOLROUTER_MULTI_EXECUTE_TOOL call. */
function runTools(searchOutput: unknown): ScriptedStep {
  const results: Array<{ primary_tool_slugs: string[] }> = toolView(searchOutput)?.data?.results ?? [];
  const slugs = results.map((result) => result.primary_tool_slugs[0]);
  const notes = slugs.find((slug) => slug?.startsWith('NOTES_'));
  const time = slugs.find((slug) => slug === CUSTOM_TOOL_SLUG);
  if (!notes || !time) return { text: `Search did not find the tools: ${JSON.stringify(results)}` };
  return {
    tool: MULTI_EXECUTE_SLUG,
    args: {
      tools: [
        { tool_slug: notes, arguments: {} },
        { tool_slug: time, arguments: { time_zone: 'UTC' } },
      ],
      thought: 'List the notes and tell the time.',
    },
  };
}

function failed(view: unknown): ScriptedStep {
  return { text: `Something went wrong: ${JSON.stringify(view)}` };
}

/** A tool result as the model read it: JSON text parsed, objects as they are. */
export function toolView(output: unknown): any {
  if (typeof output !== 'string') return output;
  try {
    return JSON.parse(output);
  } catch {
    return undefined;
  }
}
