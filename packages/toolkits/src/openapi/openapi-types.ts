/**
 * The parts of an OpenAPI 3.0 / 3.1 document the importer reads. Loose on purpose: real documents
 * bend the specification, and the importer repairs what it can instead of refusing the document.
 */

/** A schema object as written in the document (OpenAPI 3.0 dialect or JSON Schema 2020-12 in 3.1). */
export type OpenAPISchema = { [keyword: string]: unknown } | boolean;

export interface OpenAPIReference {
  $ref: string;
  summary?: string;
  description?: string;
}

export interface OpenAPIServer {
  url: string;
  variables?: Record<string, { default: string; enum?: string[] }>;
}

export interface OpenAPIParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  schema?: OpenAPISchema;
  content?: Record<string, { schema?: OpenAPISchema }>;
  /** Serialization: `form` (query default), `spaceDelimited`, `pipeDelimited`, `deepObject`, ... */
  style?: string;
  /** Whether array items become separate parameters; default true for `form`. */
  explode?: boolean;
}

export interface OpenAPIRequestBody {
  description?: string;
  required?: boolean;
  content?: Record<string, { schema?: OpenAPISchema }>;
}

export interface OpenAPIOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: Array<OpenAPIParameter | OpenAPIReference>;
  requestBody?: OpenAPIRequestBody | OpenAPIReference;
  servers?: OpenAPIServer[];
}

export type OpenAPIPathItem = {
  $ref?: string;
  parameters?: Array<OpenAPIParameter | OpenAPIReference>;
  servers?: OpenAPIServer[];
} & { [method: string]: unknown };

export interface OpenAPISecurityScheme {
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  name?: string;
  in?: 'query' | 'header' | 'cookie';
  scheme?: string;
  flows?: {
    authorizationCode?: { authorizationUrl: string; tokenUrl: string; scopes?: Record<string, string> };
    [flow: string]: unknown;
  };
}

export interface OpenAPIDocument {
  openapi: string;
  info?: { title?: string; description?: string; version?: string };
  servers?: OpenAPIServer[];
  paths?: Record<string, OpenAPIPathItem>;
  components?: {
    schemas?: Record<string, OpenAPISchema>;
    parameters?: Record<string, OpenAPIParameter | OpenAPIReference>;
    requestBodies?: Record<string, OpenAPIRequestBody | OpenAPIReference>;
    securitySchemes?: Record<string, OpenAPISecurityScheme | OpenAPIReference>;
    [section: string]: unknown;
  };
  security?: Array<Record<string, string[]>>;
}
