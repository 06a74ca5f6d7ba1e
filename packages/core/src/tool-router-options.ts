import type { ToolkitDefinition } from '@toolrouter/toolkits';
import type { LogsOptions } from './logs/resolve-log-payloads.ts';
import type { Provider } from './provider/provider.ts';
import type { ManagedAuthApp } from './runtime/router-runtime.ts';
import type { Embedder } from './search/search-types.ts';
import type { Store } from './store/store.ts';

export interface ToolRouterOptions<TProvider extends Provider = Provider> {
  /**
   * Remote mode: the URL of a running toolrouter server (`https://tools.example.com`; `/api/v1` is
   * added unless given). The router then talks to that server's REST API instead of a store, with
   * the same API. Only `apiKey`, `provider`, `baseUrl`, `env` and `warn` apply; server options
   * (`store`, `toolkits`, ...) are a ValidationError. Never read from the environment.
   */
  apiUrl?: string;
  /** Remote mode: the server's admin key. Default `TOOLROUTER_API_KEY`. */
  apiKey?: string;
  /** Wraps `session.tools()` for your framework. Default `OpenAIProvider` (chat-completions function tools). */
  provider?: TProvider;
  /** Tool search: an optional embedding model fused with the built-in lexical ranking. No network call without one. */
  search?: { embedder?: Embedder };
  /** Where everything persists. Default: `TOOLROUTER_DATABASE_URL`, else SQLite at `./.toolrouter/toolrouter.db`. */
  store?: Store;
  /**
   * Public URL of the HTTP surface (MCP URLs, connect links). Default `TOOLROUTER_BASE_URL` or
   * `http://localhost:8080`; in remote mode, the server's own.
   */
  baseUrl?: string;
  /**
   * Where connect links may send the user after connecting (`authorize({ callbackUrl })`,
   * `manageConnections.callbackUrl`): exact origin plus a path prefix, e.g.
   * `['https://app.example.com/connected']`. Anything else is refused (no open redirect).
   * Default `TOOLROUTER_ALLOWED_CALLBACK_URLS` (comma-separated); `baseUrl` is always allowed.
   */
  allowedCallbackUrls?: string[];
  /** Keys for credentials at rest, `[id:]base64`; the first encrypts. Default `TOOLROUTER_ENCRYPTION_KEYS`. */
  encryptionKeys?: string[];
  /** The development key file used when no key is configured. Default `./.toolrouter/dev-encryption.key`. */
  keyFile?: string;
  /** Extra toolkits (custom or imported) beside the built-in catalog; same slug replaces a built-in one. */
  toolkits?: ToolkitDefinition[];
  /** Register the built-in catalog of `@toolrouter/toolkits`. Default true. */
  builtinToolkits?: boolean;
  /**
   * Let outbound calls (tool calls, token requests) reach loopback (127.0.0.0/8, ::1) and private
   * ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7). Cloud metadata and link-local
   * addresses (169.254.0.0/16, fd00:ec2::254, 100.100.100.200, ...) are refused whatever this says.
   * Default `TOOLROUTER_ALLOW_PRIVATE_NETWORK` (`true`/`false`), else allowed only when `NODE_ENV`
   * is not `production` (with a warning the first time a private address is called).
   */
  allowPrivateNetwork?: boolean;
  /**
   * How long a session's MCP token authenticates after the session was created, in ms: an older
   * session answers MCP with 401 (`sessions.authenticate` returns undefined); the session itself
   * stays readable by the admin API. Default `TOOLROUTER_SESSION_TTL_MS`, else no expiry.
   */
  sessionTtlMs?: number;
  /** Override toolkits' base URLs (GitHub Enterprise, tests): `{ github: 'https://ghe.example.com/api/v3' }`. */
  toolkitBaseUrls?: Record<string, string>;
  /** Operator OAuth apps per toolkit; also `TOOLROUTER_<TOOLKIT>_CLIENT_ID` / `_CLIENT_SECRET`. */
  managedAuth?: Record<string, ManagedAuthApp>;
  execution?: {
    /** Per call, including retries. Default 30 000 ms. */
    timeoutMs?: number;
    retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number };
    /** Results longer than this (as JSON text) are trimmed for the model. Default 60 000. */
    maxResultChars?: number;
    /**
     * Every outbound call goes through this fetch, HTTP tools included (they are otherwise sent with
     * undici's `request`); it receives the guarded undici `dispatcher` in `init`. Default
     * `globalThis.fetch`.
     */
    fetch?: typeof globalThis.fetch;
    /** Upstream calls one connected account may have running at once in this process; more wait. Default 10. */
    maxConcurrentPerAccount?: number;
  };
  /**
   * Execution logs: whether each call's arguments and result are kept with its log (redacted:
   * secret-looking keys masked, the account's credential values replaced; capped at
   * `maxPayloadBytes`, 16 KB). Default on, or `TOOLROUTER_LOG_PAYLOADS=off`.
   */
  logs?: LogsOptions;
  /**
   * Keep recently decrypted credentials in memory (the last 1,024, for a minute) so an account used
   * call after call is not decrypted each time. `false` decrypts on every call, for operators who
   * want no plaintext kept between calls. Default `TOOLROUTER_CREDENTIAL_CACHE` (`on`/`off`), else on.
   */
  credentialCache?: boolean;
  /** Environment to read `TOOLROUTER_*` settings from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Receives startup warnings (such as the generated development key). Default `console.warn`. */
  warn?: (message: string) => void;
}
