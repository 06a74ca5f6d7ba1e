/**
 * The toolkit format: plain data that describes an API, its auth schemes and its tools.
 * `@toolrouter/core` runs it; this package only describes it, so it needs no runtime dependency.
 */

/** MCP-style behaviour hints a tool can carry; sessions filter on them. */
export type Tag = 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint';

export const TAGS: readonly Tag[] = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'];

/** A JSON Schema object (draft 2020-12 subset that every model provider accepts). */
export type JsonSchema = { [keyword: string]: unknown };

/** OAuth 2 authorization code flow; the provider quirks are optional. */
export interface OAuth2Scheme {
  mode: 'oauth2';
  authorizationUrl: string;
  tokenUrl: string;
  /** Scopes requested when the auth config names none. */
  scopes?: string[];
  /** Use PKCE (S256). Default true. */
  pkce?: boolean;
  /** How scopes are joined in the authorize URL. Default a space. */
  scopeSeparator?: string;
  /** Extra query parameters for the authorize URL, e.g. `{ access_type: 'offline', prompt: 'consent' }`. */
  authorizeParams?: Record<string, string>;
  /** Dot path to the token object inside the token response when a provider nests it (Slack: `authed_user`). */
  tokenResponsePath?: string;
  /** How the client authenticates at the token endpoint. Default `body`. */
  clientAuth?: 'body' | 'basic';
}

export interface ApiKeyScheme {
  mode: 'api_key';
  in: 'header' | 'query';
  /** Header or query parameter name, e.g. `x-api-key`. */
  name: string;
  /** Text put before the key, e.g. `Bearer ` or `Token `. */
  prefix?: string;
}

export type AuthScheme =
  | { mode: 'none' }
  | ApiKeyScheme
  | { mode: 'bearer' }
  | { mode: 'basic' }
  | OAuth2Scheme;

export type AuthMode = AuthScheme['mode'];

/** Credentials a connected account holds, per auth mode. */
export type Credentials =
  | { apiKey: string }
  | { token: string }
  | { username: string; password: string }
  | { accessToken: string; refreshToken?: string; expiresAt?: string; tokenType?: string; scope?: string };

export type ParameterLocation = 'path' | 'query' | 'header' | 'body';

/**
 * Where one input field goes; `name` is its name on the wire when it differs from the field name.
 * `multiSegment` lets a path value fill several segments (`src/index.ts`), each encoded on its own.
 */
export type ParameterMapping =
  | ParameterLocation
  | { in: ParameterLocation; name?: string; multiSegment?: boolean };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/**
 * How a tool's input becomes an HTTP request. By default `{name}` placeholders in `path` take the
 * input field of that name; for GET/HEAD/DELETE the other fields become query parameters, for
 * POST/PUT/PATCH the JSON body. `parameters` overrides that per field.
 */
export interface HttpRequestMapping {
  method: HttpMethod;
  path: string;
  parameters?: Record<string, ParameterMapping>;
  /** Fixed headers sent with every call, e.g. `{ accept: 'application/vnd.github+json' }`. */
  headers?: Record<string, string>;
  /** Body encoding. Default `json`. */
  bodyEncoding?: 'json' | 'form';
  /** A field whose value is the whole body (for APIs whose body is an array or a raw value). */
  bodyField?: string;
}

/** What a handler tool receives besides its input. */
export interface ToolContext {
  userId: string;
  sessionId?: string;
  toolkit: string;
  toolSlug: string;
  /** The connected account the call runs with, when the toolkit needs one. */
  connectedAccountId?: string;
  /** The account's credentials, only for the account this call runs with. */
  credentials?: Credentials;
  /** Aborted when the call times out or the caller gives up. */
  signal: AbortSignal;
  /**
   * `fetch` against the toolkit's base URL with the account's credentials injected; `path` may be
   * relative (`/v1/items`). Other hosts are refused.
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export type ToolHandler = (input: Record<string, unknown>, context: ToolContext) => Promise<unknown>;

export interface ToolDefinitionBase {
  /** UPPER_SNAKE, prefixed with the toolkit slug: `GITHUB_ISSUES_CREATE`. */
  slug: string;
  name: string;
  /** Written for a model: what it does, when to use it, what comes back. */
  description: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  tags?: Tag[];
  /**
   * Requests in users' own words that this tool answers ("who still hasn't reviewed my PR?"). Search
   * indexes them beside the name and description, so everyday words the API does not use still find
   * the tool; agents never see them. A few (5–8) per tool, each one request.
   */
  phrasings?: readonly string[];
}

export type ToolDefinition = ToolDefinitionBase &
  ({ request: HttpRequestMapping; handler?: never } | { handler: ToolHandler; request?: never });

export interface ToolkitDefinition {
  /** lower-case identifier: `github`. */
  slug: string;
  name: string;
  /** One line for catalog listings. */
  description: string;
  logo?: string;
  categories?: string[];
  baseUrl: string;
  /** Accepted auth schemes, preferred first. `[{ mode: 'none' }]` for public APIs. */
  auth: AuthScheme[];
  tools: ToolDefinition[];
  /** Shown on the hosted connect form, e.g. where to create an API key. */
  connectHelp?: string;
  /**
   * A cheap request that proves credentials work (and says whose they are) before they are stored:
   * the connect form and `connectedAccounts.create` send it and refuse credentials it rejects.
   */
  credentialCheck?: CredentialCheck;
  /**
   * Set on toolkits generated from a vendor's API description (`@toolrouter/catalog`) rather than
   * written and reviewed by hand. Search ranks curated tools first: a generated toolkit's tools score
   * lower unless the request names the toolkit.
   */
  generated?: boolean;
}

/**
 * The request that checks an account's credentials, e.g. GitHub `GET /user`, Slack
 * `POST /auth.test`, Stripe `GET /v1/balance`, Linear `{ viewer { email } }`. It must be safe: a
 * read that changes nothing.
 *
 * @example
 * credentialCheck: { method: 'GET', path: '/user', identity: ['login'] }
 */
export interface CredentialCheck {
  method: 'GET' | 'POST';
  /** Under the toolkit's base URL. */
  path: string;
  /** A JSON body (POST), e.g. a GraphQL query. */
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Dotted paths into the JSON answer whose first string value names the account (login, email,
   * workspace); it becomes the account's `label`, which agents see when choosing among accounts.
   */
  identity?: string[];
  /** A field of the answer that must be `true` (Slack answers 200 with `ok: false` for a bad token). */
  okField?: string;
}
