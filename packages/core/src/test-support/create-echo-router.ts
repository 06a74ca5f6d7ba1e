import { randomBytes } from 'node:crypto';
import type { OpenAIProvider } from '../provider/openai-provider.ts';
import type { Provider } from '../provider/provider.ts';
import type { ToolRouter } from '../tool-router.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';
import { echoToolkit, oauthEchoToolkit, publicEchoToolkit } from './echo-toolkits.ts';
import { testRouter } from './test-router.ts';
import { testStore } from './test-store.ts';

/**
 * A router on the echo toolkits, all pointed at one local echo API, on a fresh test store (embedded,
 * or remote in front of a server when a test setup says so: see `testRouter`).
 */
export function createEchoRouter<TProvider extends Provider = OpenAIProvider>(
  apiUrl: string,
  options: ToolRouterOptions<TProvider> = {},
): ToolRouter<TProvider> {
  return testRouter<TProvider>({
    builtinToolkits: false,
    toolkits: [echoToolkit, oauthEchoToolkit, publicEchoToolkit],
    toolkitBaseUrls: { echo: apiUrl, oauthecho: apiUrl, publicecho: apiUrl },
    encryptionKeys: [randomBytes(32).toString('base64')],
    execution: { retry: { baseDelayMs: 5, maxDelayMs: 50 } },
    ...options,
    store: options.store ?? testStore(),
  });
}
