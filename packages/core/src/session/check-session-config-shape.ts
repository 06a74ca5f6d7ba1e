import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { ValidationError } from '../errors/validation-error.ts';
import type { SessionConfig } from '../session-config/session-config.ts';
import { SESSION_CONFIG_SCHEMA } from '../session-config/session-config-schema.ts';

type SchemaNode = Record<string, unknown>;

const ajv = new Ajv2020({ strict: false, allErrors: false, verbose: true, logger: false });
ajv.addKeyword({ keyword: 'x-message', schemaType: ['string', 'object'] });
// `format: 'uri'` means what the router needs of a callback URL: something `new URL()` takes.
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile<SessionConfig>(SESSION_CONFIG_SCHEMA);

// Keywords whose next path segment is a name or index, and whether they step into the data.
const NAMED: Record<string, boolean> = { properties: true, oneOf: false, anyOf: false, allOf: false };
// Keywords that hold one subschema, and whether they step into the data (and into an array item).
const SINGLE = new Map<string, 'key' | 'item' | 'none'>([
  ['additionalProperties', 'key'],
  ['items', 'item'],
  ['if', 'none'],
  ['then', 'none'],
  ['else', 'none'],
  ['not', 'none'],
]);

/**
 * Checks a session config against {@link SESSION_CONFIG_SCHEMA}, and turns the first failure into
 * a ValidationError that names the field and says what to write instead.
 *
 * @example
 * checkSessionConfigShape({ tags: ['readOnly'] });
 * // ValidationError (field 'tags'): tags has unknown tag 'readOnly'; use readOnlyHint, ...
 */
export function checkSessionConfigShape(input: unknown): SessionConfig {
  if (validate(input)) return input;
  const errors = validate.errors ?? [];
  // With if/then/else the branch's own failure comes first, then an "must match then/else" summary.
  const error = errors.find((candidate) => candidate.keyword !== 'if') ?? errors[0];
  if (!error) throw new ValidationError({ field: 'config', message: 'The session config is invalid.' });
  throw describe(error);
}

function describe(error: ErrorObject): ValidationError {
  const dataSegments = error.instancePath.split('/').slice(1).map(decodePointerSegment);
  const schemaSegments = error.schemaPath
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodePointerSegment);
  schemaSegments.pop(); // the failing keyword itself
  let node = SESSION_CONFIG_SCHEMA as SchemaNode;
  let depth = 0;
  const field: string[] = [];
  // The wording of the innermost node that has one; `keyed` when it is worded for this very keyword.
  let wording: { template: string; field: string; keyed: boolean } | undefined;
  const consider = (own: boolean) => {
    const message = node['x-message'];
    const path = field.join('.') || 'config';
    if (typeof message === 'string') wording = { template: message, field: path, keyed: false };
    else if (own && message && typeof message === 'object') {
      const template = (message as Record<string, string>)[error.keyword];
      if (template) wording = { template, field: path, keyed: true };
    }
  };
  consider(schemaSegments.length === 0);
  for (let index = 0; index < schemaSegments.length; index++) {
    const keyword = schemaSegments[index] as string;
    if (Object.hasOwn(NAMED, keyword)) {
      const name = schemaSegments[++index] as string;
      node = (node[keyword] as Record<string, SchemaNode>)[name] as SchemaNode;
      if (NAMED[keyword]) field.push(dataSegments[depth++] as string);
    } else {
      node = node[keyword] as SchemaNode;
      const step = SINGLE.get(keyword);
      if (step === 'key') field.push(dataSegments[depth++] as string);
      else if (step === 'item') depth++;
    }
    consider(index === schemaSegments.length - 1);
  }
  const params = error.params as { additionalProperty?: string; missingProperty?: string };
  const key = params.additionalProperty ?? params.missingProperty;
  // An unknown or missing key is named itself, unless a node above words the whole subtree.
  const name =
    key !== undefined && (wording === undefined || wording.keyed)
      ? [...field, key].join('.')
      : (wording?.field ?? (field.join('.') || 'config'));
  const allowed = Object.keys((node.properties as object | undefined) ?? {}).join(', ');
  const message = (wording?.template ?? fallback(error, key))
    .replaceAll('{field}', name)
    .replaceAll('{key}', key ?? '')
    .replaceAll('{allowed}', allowed)
    .replaceAll('{value}', String(error.data));
  return new ValidationError({ field: name, message });
}

function fallback(error: ErrorObject, key: string | undefined): string {
  if (error.keyword === 'additionalProperties' && key) return 'Unknown key {field}; allowed: {allowed}.';
  if (error.keyword === 'required' && key) return '{field} is required.';
  if (error.keyword === 'type') {
    const type = (error.params as { type: string }).type;
    const article = type === 'object' || type === 'array' || type === 'integer' ? 'an' : 'a';
    return `{field} must be ${article} ${type}.`;
  }
  return `{field} ${error.message ?? 'is invalid'}.`;
}

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');
}
