import { parseArguments } from './parse-arguments.ts';
import type { ToolExecutionResult } from './tool-execution-result.ts';
import type { ToolModifiers } from './tool-modifiers.ts';

/** The app tool call a modifier sees. */
export interface ModifiedCall {
  toolSlug: string;
  toolkit: string;
  args: unknown;
  modifiers: ToolModifiers;
}

/**
 * Runs one app tool between the `beforeExecute` and `afterExecute` modifiers of `session.tools()`,
 * in embedded and remote mode alike. Unparseable arguments skip `beforeExecute` and reach
 * validation, which names the problem.
 */
export async function runWithModifiers(
  { toolSlug, toolkit, args, modifiers }: ModifiedCall,
  run: (args: unknown) => Promise<ToolExecutionResult>,
): Promise<ToolExecutionResult> {
  let input = args;
  const parsed = modifiers.beforeExecute ? parseArguments(args) : undefined;
  if (modifiers.beforeExecute && parsed) {
    input = await modifiers.beforeExecute({ toolSlug, toolkit, arguments: parsed });
  }
  const result = await run(input);
  return modifiers.afterExecute ? modifiers.afterExecute({ toolSlug, toolkit, result }) : result;
}
