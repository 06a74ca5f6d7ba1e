import type { Catalog } from '../catalog/catalog.ts';
import type { CredentialCipher } from '../crypto/credential-cipher.ts';
import type { AccountSlots } from '../execution/account-slots.ts';
import type { ExecutionLogWriter } from '../logs/execution-log-writer.ts';
import type { OAuthRefreshes } from '../oauth/refresh-outcome.ts';
import type { OutboundPolicy } from '../outbound/outbound-policy.ts';
import type { SendUpstream } from '../outbound/upstream-response.ts';
import type { AccountResolutionCache } from '../precedence/account-resolution-cache.ts';
import type { Provider } from '../provider/provider.ts';
import type { ToolSearchIndex } from '../search/search-types.ts';
import type { Store } from '../store/store.ts';

export interface ManagedAuthApp {
  clientId: string;
  clientSecret: string;
}

export interface ExecutionSettings {
  timeoutMs: number;
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  maxResultChars: number;
  fetch: typeof globalThis.fetch;
  /**
   * What HTTP tools are sent with: the outbound `send` (undici's `request` on the same guarded
   * connections), or `fetch` itself when the operator gave `execution.fetch`.
   */
  send: SendUpstream;
}

/** What every part of a router shares once the store is open. */
export interface RouterRuntime {
  store: Store;
  cipher: CredentialCipher;
  catalog: Catalog;
  managedAuth: Readonly<Record<string, ManagedAuthApp>>;
  /** Public URL of the HTTP surface, without a trailing slash. */
  baseUrl: string;
  /** Where connect links may send users afterwards (origin + path prefix); `baseUrl` is always allowed too. */
  allowedCallbackUrls: readonly string[];
  /** What outbound calls may reach; `execution.fetch` enforces it on every connection. */
  outboundPolicy: OutboundPolicy;
  execution: ExecutionSettings;
  /** The accounts precedence picked, kept until an account or auth config changes; none: no cache. */
  accountResolutions?: AccountResolutionCache;
  /** Caps concurrent upstream calls per connected account (`execution.maxConcurrentPerAccount`). */
  accountSlots?: AccountSlots;
  /** MCP tokens stop authenticating this long after their session was created; undefined: never. */
  sessionTtlMs?: number | undefined;
  provider: Provider;
  /** The catalog's search index, built on first use and kept in step with the catalog. */
  searchIndex(): ToolSearchIndex;
  /** What building the search index took, once it is built (for `router.warm()`). */
  searchIndexBuild(): { tools: number; buildMs: number; heapBytes: number } | undefined;
  /** OAuth refreshes in flight in this router (one per account however many callers ask). */
  oauthRefreshes: OAuthRefreshes;
  /** Execution logs, written off the hot path. */
  logWriter: ExecutionLogWriter;
  /** Operational warnings (never secrets); `options.warn`, default console.warn. */
  warn(message: string): void;
  now(): Date;
}
