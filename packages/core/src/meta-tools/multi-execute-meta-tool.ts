import { type AppToolRunner, META_TOOLKIT, type MetaTool, metaTool, metaToolFailure } from './meta-tool.ts';
import { MULTI_EXECUTE_INPUT_SCHEMA, MULTI_EXECUTE_OUTPUT_SCHEMA } from './meta-tool-schemas.ts';

export const MULTI_EXECUTE_SLUG = 'TOOLROUTER_MULTI_EXECUTE_TOOL';

/** How many calls of one request run at the same time. */
const CONCURRENCY = 8;

interface Call {
  tool_slug: string;
  arguments?: unknown;
  account?: string;
}

/** TOOLROUTER_MULTI_EXECUTE_TOOL: runs up to 50 app tool calls in parallel, results in input order. */
export const multiExecuteMetaTool: MetaTool = {
  tool: metaTool({
    slug: MULTI_EXECUTE_SLUG,
    name: 'Run tools',
    description: [
      'Run one or more app tools (1 to 50 calls) for this user, in parallel, and get every result in the same order.',
      'Use the exact tool_slug and arguments matching the input_schema from TOOLROUTER_SEARCH_TOOLS or TOOLROUTER_GET_TOOL_SCHEMAS; never guess slugs.',
      'Put independent calls in one request; calls that need an earlier result go in a later request.',
      'Each result is { tool_slug, successful, data, error }; one failure never stops the others. If an error says an app is not connected, connect it with TOOLROUTER_MANAGE_CONNECTIONS; if it names a bad field, fix that argument and retry only that call.',
      "Optional account picks one of the user's connected accounts by id or alias.",
    ].join(' '),
    inputSchema: MULTI_EXECUTE_INPUT_SCHEMA,
    outputSchema: MULTI_EXECUTE_OUTPUT_SCHEMA,
    tags: ['openWorldHint'],
  }),
  run: (args, context) => runMultiExecute(args, context),
};

/**
 * The fan-out of TOOLROUTER_MULTI_EXECUTE_TOOL over any runner of app tools (the embedded pipeline,
 * or a remote router's calls to its server).
 */
export async function runMultiExecute(
  args: Record<string, unknown>,
  context: AppToolRunner,
): Promise<unknown> {
  const calls = args.tools as Call[];
  const results = new Array(calls.length);
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const index = next++;
      const call = calls[index]!;
      if (call.tool_slug.startsWith(`${META_TOOLKIT.toUpperCase()}_`)) {
        results[index] = {
          tool_slug: call.tool_slug,
          successful: false,
          data: null,
          error: `${call.tool_slug} is a meta-tool: call it directly, not through ${MULTI_EXECUTE_SLUG}.`,
        };
        continue;
      }
      let result: Awaited<ReturnType<typeof context.executeAppTool>>;
      try {
        result = await context.executeAppTool(call.tool_slug, call.arguments ?? {}, {
          ...(call.account ? { account: call.account } : {}),
          ...(context.signal ? { signal: context.signal } : {}),
        });
      } catch (error) {
        // The caller gave up: stop. Anything else (a throwing modifier) fails this call only.
        if (context.signal?.aborted) throw error;
        results[index] = {
          tool_slug: call.tool_slug,
          successful: false,
          data: null,
          error: `${call.tool_slug} failed: ${error instanceof Error ? error.message : String(error)}`,
        };
        continue;
      }
      results[index] = {
        tool_slug: call.tool_slug,
        successful: result.successful,
        data: result.data,
        error: result.error,
      };
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, calls.length) }, worker));
  const failed = results.filter((result) => !result.successful).length;
  const data = { results, successful_count: calls.length - failed, failed_count: failed };
  if (failed === 0) return data;
  const errors = results
    .filter((result) => !result.successful)
    .map((result) => `${result.tool_slug}: ${result.error}`);
  const summary = errors.length > 3 ? [...errors.slice(0, 3), `and ${errors.length - 3} more`] : errors;
  // Every call failed: the request failed. Some failed: it succeeded, and says how many did not.
  if (failed === calls.length) {
    return metaToolFailure(
      data,
      `All ${calls.length} call${calls.length === 1 ? '' : 's'} failed: ${summary.join(' | ')}`,
    );
  }
  return {
    ...data,
    summary: `${failed} of ${calls.length} calls failed (see results): ${summary.join(' | ')}`,
  };
}
