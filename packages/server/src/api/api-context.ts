import type { Provider, ToolRouter } from '@toolrouter/core';

/** Any router, whatever its provider: the HTTP surface never wraps tools for a framework. */
export type AnyToolRouter = ToolRouter<Provider>;

/** What every REST route needs. */
export interface ApiContext {
  router: AnyToolRouter;
}
