import type { OpenAIProvider } from '../provider/openai-provider.ts';
import type { Provider } from '../provider/provider.ts';
import { ToolRouter } from '../tool-router.ts';
import type { ToolRouterOptions } from '../tool-router-options.ts';

/**
 * Makes each test router from the options an embedded router would get; another package's test
 * setup installs one (`@toolrouter/server` answers with a remote router in front of a server).
 */
export type TestRouterFactory = (options: ToolRouterOptions<Provider>) => ToolRouter<Provider>;

declare global {
  // Set by a vitest setup file to run core's router suites in another mode.
  var __toolrouterTestRouter: TestRouterFactory | undefined;
}

/**
 * The router of a test: `new ToolRouter(options)`, unless a test setup installed a factory on
 * `globalThis.__toolrouterTestRouter` (the server package runs these suites again in remote mode:
 * the factory builds the embedded router, serves it, and returns a remote router pointed at it).
 */
export function testRouter<TProvider extends Provider = OpenAIProvider>(
  options: ToolRouterOptions<TProvider>,
): ToolRouter<TProvider> {
  const factory = globalThis.__toolrouterTestRouter;
  if (!factory) return new ToolRouter<TProvider>(options);
  return factory(options as ToolRouterOptions<Provider>) as unknown as ToolRouter<TProvider>;
}
