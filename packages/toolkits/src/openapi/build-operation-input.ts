import type {
  HttpMethod,
  JsonSchema,
  ParameterLocation,
  ParameterMapping,
} from '../toolkit/toolkit-types.ts';
import type { SchemaConverter } from './convert-schema.ts';
import { flattenBody } from './flatten-body.ts';
import { moveDefaultsToDescriptions } from './move-defaults-to-descriptions.ts';
import type { OpenAPIParameter, OpenAPIReference, OpenAPIRequestBody } from './openapi-types.ts';
import type { RepairReason } from './repair-reason.ts';
import { dereference } from './resolve-ref.ts';
import { toPlainText } from './to-plain-text.ts';

const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);
const DESCRIPTION_LENGTH = 400;

export interface OperationInput {
  inputSchema: JsonSchema;
  /** Only the fields whose location or wire name differ from the defaults of `HttpRequestMapping`. */
  parameters: Record<string, ParameterMapping>;
  bodyField?: string;
  bodyEncoding?: 'form';
  /** A sentence for the tool description, e.g. which body fields go together. */
  note?: string;
}

export interface BuildOperationInputOptions {
  document: unknown;
  converter: SchemaConverter;
  method: HttpMethod;
  path: string;
  parameters: Array<OpenAPIParameter | OpenAPIReference>;
  requestBody: OpenAPIRequestBody | OpenAPIReference | undefined;
  repairs: Set<RepairReason>;
}

/**
 * Builds a tool's flat input schema from an operation's path, query and header parameters and its
 * request body, and records where each field goes on the wire. Returns a string (the reason) when the
 * operation cannot be called through the toolkit format: a body that is neither JSON nor form data.
 *
 * @example
 * buildOperationInput({ document, converter, method: 'GET', path: '/repos/{owner}/{repo}', parameters, requestBody: undefined, repairs });
 */
export function buildOperationInput(options: BuildOperationInputOptions): OperationInput | string {
  const { document, converter, method, path, repairs } = options;
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  const mappings: Record<string, ParameterMapping> = {};
  const placeholders = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string));
  const bodyByDefault = method === 'POST' || method === 'PUT' || method === 'PATCH';

  const addField = (
    wireName: string,
    location: ParameterLocation,
    schema: JsonSchema,
    isRequired: boolean,
    preferredName = wireName,
    multiSegment = false,
  ): void => {
    let field = preferredName;
    for (let attempt = 2; Object.hasOwn(properties, field); attempt++) {
      field = attempt === 2 ? `${location}_${preferredName}` : `${location}_${preferredName}_${attempt}`;
      repairs.add('field-renamed');
    }
    const withoutDefaults = moveDefaultsToDescriptions(schema);
    if (withoutDefaults !== schema) repairs.add('default-moved-to-description');
    properties[field] = withoutDefaults;
    if (isRequired) required.add(field);
    const isDefault = location === 'path' || (location === 'body') === bodyByDefault;
    if (multiSegment) mappings[field] = { in: location, name: wireName, multiSegment: true };
    else if (field !== wireName || location === 'header') mappings[field] = { in: location, name: wireName };
    else if (!isDefault) mappings[field] = location;
  };

  for (const parameter of mergeParameters(document, options.parameters, repairs)) {
    if (parameter.in === 'cookie') {
      repairs.add('cookie-parameter-dropped');
      continue;
    }
    if (parameter.in === 'header' && RESERVED_HEADERS.has(parameter.name.toLowerCase())) {
      repairs.add('reserved-header-dropped');
      continue;
    }
    if (parameter.in === 'path' && !placeholders.has(parameter.name)) {
      repairs.add('unused-path-parameter-dropped');
      continue;
    }
    const source = parameter.schema ??
      Object.values(parameter.content ?? {})[0]?.schema ?? { type: 'string' };
    const converted = describe(
      converter.convert(source, repairs),
      parameter.description,
      parameter.deprecated,
    );
    const schema = parameter.in === 'query' ? delimitedArrayAsText(parameter, converted, repairs) : converted;
    const isPath = parameter.in === 'path';
    if (isPath && parameter.required !== true) repairs.add('path-parameter-required');
    const fieldName =
      parameter.in === 'header' ? parameter.name.toLowerCase().replace(/[^a-z0-9]+/g, '_') : parameter.name;
    // `x-multi-segment` (GitHub): the value may hold slashes that are real path separators.
    const multiSegment = isPath && (parameter as { 'x-multi-segment'?: unknown })['x-multi-segment'] === true;
    addField(
      parameter.name,
      parameter.in,
      schema,
      isPath || parameter.required === true,
      fieldName,
      multiSegment,
    );
  }
  for (const placeholder of placeholders) {
    if (Object.hasOwn(properties, placeholder)) continue;
    repairs.add('path-parameter-added');
    addField(placeholder, 'path', { type: 'string' }, true);
  }

  const input: OperationInput = { inputSchema: { type: 'object' }, parameters: mappings };
  const requestBody = options.requestBody && dereference<OpenAPIRequestBody>(document, options.requestBody);
  const content = requestBody?.content ?? {};
  const mediaTypes = Object.keys(content);
  const jsonType = mediaTypes.find((type) => /^application\/([\w.+-]*\+)?json\b|^\*\/\*$/i.test(type));
  const formType = mediaTypes.find((type) => /^application\/x-www-form-urlencoded\b/i.test(type));
  const mediaType = jsonType ?? formType;
  if (requestBody && mediaTypes.length > 0 && !mediaType) {
    return `request body is not JSON or form data (${mediaTypes.join(', ')})`;
  }
  if (requestBody && mediaType) {
    if (mediaType === formType) input.bodyEncoding = 'form';
    const body = flattenBody(converter.convert(content[mediaType]?.schema ?? {}, repairs), repairs);
    if (body.kind === 'fields') {
      for (const [name, schema] of Object.entries(body.properties)) {
        addField(name, 'body', schema, body.required.includes(name), name);
      }
      if (body.note) input.note = body.note;
    } else {
      const field = Object.hasOwn(properties, 'body') ? 'request_body' : 'body';
      const schema = describe(body.schema, requestBody.description);
      addField(field, 'body', schema, requestBody.required === true, field);
      delete mappings[field];
      input.bodyField = field;
    }
  }
  input.inputSchema.properties = properties;
  if (required.size > 0) input.inputSchema.required = [...required];
  return input;
}

/** Path-level parameters overridden by operation-level ones of the same name and location. */
function mergeParameters(
  document: unknown,
  parameters: Array<OpenAPIParameter | OpenAPIReference>,
  repairs: Set<RepairReason>,
): OpenAPIParameter[] {
  const merged = new Map<string, OpenAPIParameter>();
  for (const entry of parameters) {
    const parameter = dereference<OpenAPIParameter>(document, entry);
    if (!parameter || typeof parameter.name !== 'string' || !parameter.name || !LOCATIONS.has(parameter.in)) {
      repairs.add('invalid-parameter-dropped');
      continue;
    }
    merged.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...merged.values()];
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/**
 * A query array the API reads as one delimited value (`explode: false`: `ids=a,b`, `a%20b`, `a|b`)
 * becomes a text field holding that value, since tools send arrays as repeated parameters.
 */
function delimitedArrayAsText(
  parameter: OpenAPIParameter,
  schema: JsonSchema,
  repairs: Set<RepairReason>,
): JsonSchema {
  const delimiter = DELIMITERS[parameter.style ?? 'form'];
  const types = [schema.type].flat();
  if (parameter.explode !== false || delimiter === undefined || !types.includes('array')) return schema;
  repairs.add('delimited-array-to-text');
  const note = `Several values joined with "${delimiter}", e.g. "a${delimiter}b".`;
  const text = typeof schema.description === 'string' ? `${schema.description} ${note}` : note;
  return { type: types.includes('null') ? ['string', 'null'] : 'string', description: text };
}

function describe(schema: JsonSchema, description: string | undefined, deprecated?: boolean): JsonSchema {
  const text = description
    ? toPlainText(description, DESCRIPTION_LENGTH)
    : ((schema.description as string) ?? '');
  const full = deprecated ? `Deprecated.${text ? ` ${text}` : ''}` : text;
  if (!full || full === schema.description) return schema;
  return { ...schema, description: full };
}
