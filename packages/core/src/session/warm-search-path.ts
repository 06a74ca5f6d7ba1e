import { ToolRouterError } from '../errors/tool-router-error.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { LocalSessionHost } from './local-session-host.ts';
import { ToolRouterSession } from './tool-router-session.ts';

/**
 * Searches of the shapes agents send (an app named or not, a verb, an object, a few filler words):
 * run one after another so V8 has compiled and optimized the scoring loops (one search leaves
 * them interpreted; the first real search then took ~20 ms where a warm one takes ~4 ms).
 */
const WARM_QUERIES = [
  'send a message to the team',
  'review the pull requests assigned to me',
  'create a calendar event tomorrow at 10',
  'find emails from my manager about the budget',
  'list my github repositories',
  'post in the slack channel',
  'upload a file to google drive',
  'create an issue for the bug',
  'search contacts by name',
  'update the status of a ticket',
  'get the weather forecast',
  'reply to the latest email',
];

/** A user id no application has: the warm-up's reads find nothing of anyone's. */
const WARM_USER_ID = 'toolrouter:warm-up';

/**
 * Runs `session.search` end to end (a dozen representative queries) on a throwaway session that
 * is never stored, so the first real search after start pays neither the compilation of the
 * search and toolkit-description code, nor the preparation of their SQL statements, nor code V8
 * has not optimized yet (`pnpm bench` compares the first search after start with the second).
 * Read-only: the session's host refuses every change.
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
  for (const query of WARM_QUERIES) await session.search({ query, limit: 10 });
  await session.toolkits({ limit: 5 });
}
