import type { JsonSchema, Provider } from '@toolrouter/core';

/** One wrapped tool as the model is shown it, beside the native tool to call. */
export interface InspectedTool<TTool> {
  name: string;
  description: string;
  /** The JSON Schema the framework sends to the model. */
  parameters: unknown;
  tool: TTool;
}

/** How the framework reports an error thrown by `execute`. */
export type ThrownErrorConvention =
  /** The framework's call rejects with the error (its agent loop turns it into a tool error). */
  | 'rejects'
  /** The model reads a result `{ successful: false, data: null, error }` that carries the error's message. */
  | 'result';

/** What a provider package hands to `runProviderConformance`: its provider, and how its framework calls tools. */
export interface ProviderConformanceOptions<TTool, TToolCollection> {
  /** Shown in the `describe` title. */
  name: string;
  createProvider: () => Provider<TTool, TToolCollection>;
  /** The tools of a collection in order, as the model is shown them. */
  inspect: (collection: TToolCollection) => InspectedTool<TTool>[] | Promise<InspectedTool<TTool>[]>;
  /**
   * Calls one wrapped tool the way the framework's agent loop does (`args` as the model produced them:
   * an object, or the JSON text of one) and returns what the model reads as the result.
   */
  invoke: (
    tool: TTool,
    args: Record<string, unknown> | string,
    options: { signal?: AbortSignal },
  ) => Promise<unknown>;
  thrownErrors: ThrownErrorConvention;
  /** The parameters the model should see for an input schema. Default: the schema unchanged. */
  expectedParameters?: (schema: JsonSchema) => unknown;
}
