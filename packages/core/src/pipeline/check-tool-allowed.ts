import type { RegisteredTool } from '../catalog/tool.ts';
import { isToolAllowed } from '../session-config/session-policy.ts';
import type { ExecutionOutcome, ToolCall } from './tool-call.ts';

/** Step 1: the tool exists and the session allows it; otherwise an outcome with near-miss suggestions. */
export function checkToolAllowed(call: ToolCall): RegisteredTool | ExecutionOutcome {
  const { runtime, session, toolSlug, registered } = call;
  if (registered && isToolAllowed(session.config, registered.tool)) return registered;
  const suggestions = runtime.catalog.suggestTools(toolSlug, (tool) => isToolAllowed(session.config, tool));
  const reason = registered ? 'is not enabled in this session' : 'does not exist';
  return {
    successful: false,
    data: { suggestions },
    error: `Tool '${toolSlug}' ${reason}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} Find tools with TOOLROUTER_SEARCH_TOOLS.`,
  };
}
