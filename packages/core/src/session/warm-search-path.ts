import { ToolRouterError } from '../errors/tool-router-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { LocalSessionHost } from './local-session-host.ts';
import { ToolRouterSession } from './tool-router-session.ts';

/** A user id no application has: the warm-up's reads find nothing of anyone's. */
const WARM_USER_ID = 'toolrouter:warm-up';

/**
 * Runs one `session.search` end to end on a throwaway session that is never stored, so the first
 * real search after start pays neither the compilation of the search and toolkit-description code
 * nor the preparation of their SQL statements (about 10 ms on top of a warm search, measured by
 * `pnpm bench`). Read-only: the session's host refuses every change.
 */
export async function warmSearchPath(runtime: RouterRuntime): Promise<void> {
  const refuse = async (): Promise<never> => {
    throw new ToolRouterError({
      name: 'ToolRouterError',
      code: 'WARM_UP_SESSION',
      message: 'The warm-up session of router.warm() cannot be changed.',
    });
  };
  const now = runtime.now().toISOString();
  const session = new ToolRouterSession(
    {
      sessionId: 'ses_warm_up',
      userId: WARM_USER_ID,
      config: {},
      configVersion: 1,
      mcpToken: '',
      createdAt: now,
      updatedAt: now,
    },
    new LocalSessionHost(async () => runtime, { update: refuse, listConfigHistory: refuse, delete: refuse }),
    runtime.baseUrl,
  );
  await session.search({ query: 'send a message to the team', limit: 10 });
  await session.toolkits({ limit: 5 });
}
