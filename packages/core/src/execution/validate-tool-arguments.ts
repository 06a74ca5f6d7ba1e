import type { JsonSchema } from '@toolrouter/toolkits';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { InvalidToolArgumentsError } from '../errors/invalid-tool-arguments-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { copyJsonValue } from './copy-json-value.ts';

type Issue = { field: string; message: string };

const ajv = new Ajv2020({ strict: false, allErrors: true, useDefaults: true, logger: false });
addFormatsModule.default(ajv);

// One compiled validator per schema object; compiling is by far the expensive part.
const validators = new WeakMap<JsonSchema, ValidateFunction | ValidationError>();

/**
 * Parses and validates a tool's arguments against its input schema and returns them as an
 * object, with the schema's `default`s filled in. Accepts an object, a JSON string of one (models
 * often send that) or nothing (`undefined`, `null`, `''` mean `{}`). The input is never mutated.
 *
 * @throws InvalidToolArgumentsError naming each bad field, e.g.
 *   "ECHO_GET: field 'id' is required; field 'limit' must be integer".
 * @example
 * const args = validateToolArguments(tool, '{"owner":"octocat","repo":"hello"}');
 */
export function validateToolArguments(
  tool: { slug: string; inputSchema: JsonSchema },
  args: unknown,
): Record<string, unknown> {
  const candidate = parseArguments(tool.slug, args);
  const validate = validatorFor(tool);
  if (validate(candidate)) return candidate;
  const issues = describeErrors(validate.errors ?? []);
  throw new InvalidToolArgumentsError({
    toolSlug: tool.slug,
    issues,
    message: `${tool.slug}: ${issues.map((issue) => `${quoteField(issue.field)} ${issue.message}`).join('; ')}`,
  });
}

function parseArguments(toolSlug: string, args: unknown): Record<string, unknown> {
  if (args === undefined || args === null) return {};
  let value = args;
  if (typeof args === 'string') {
    if (args.trim() === '') return {};
    try {
      value = JSON.parse(args);
    } catch (error) {
      const message = `arguments are not valid JSON (${(error as Error).message}); send a JSON object`;
      throw new InvalidToolArgumentsError({
        toolSlug,
        issues: [{ field: '', message }],
        message: `${toolSlug}: ${message}`,
        cause: error,
      });
    }
    if (value === null) return {};
    if (isPlainObject(value)) return value;
  }
  if (!isPlainObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    const message = `arguments must be a JSON object, got ${kind}`;
    throw new InvalidToolArgumentsError({
      toolSlug,
      issues: [{ field: '', message }],
      message: `${toolSlug}: ${message}`,
    });
  }
  // A copy, because filling in defaults writes into the object.
  try {
    return copyJsonValue(value);
  } catch (error) {
    const message = 'arguments must be plain JSON values';
    throw new InvalidToolArgumentsError({
      toolSlug,
      issues: [{ field: '', message }],
      message: `${toolSlug}: ${message}`,
      cause: error,
    });
  }
}

function validatorFor(tool: { slug: string; inputSchema: JsonSchema }): ValidateFunction {
  let validate = validators.get(tool.inputSchema);
  if (validate === undefined) {
    validate = compile(tool);
    validators.set(tool.inputSchema, validate);
  }
  if (validate instanceof ValidationError) throw validate;
  return validate;
}

function compile(tool: { slug: string; inputSchema: JsonSchema }): ValidateFunction | ValidationError {
  // Without `$id`, two tools may share one and Ajv keeps no global registration to collide with.
  const { $id: _ignored, ...schema } = tool.inputSchema;
  try {
    const validate = ajv.compile(schema);
    // Ajv caches every compiled schema by object forever; drop it so unused tools can be collected.
    ajv.removeSchema(schema);
    return validate;
  } catch (error) {
    return new ValidationError({
      field: 'inputSchema',
      message: `${tool.slug} has an invalid input schema: ${(error as Error).message}`,
      cause: error,
    });
  }
}

function describeErrors(errors: ErrorObject[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = describeError(error);
    const key = `${issue.field}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function describeError(error: ErrorObject): Issue {
  const path = pointerToField(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { field: joinField(path, String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const property = String(params.additionalProperty ?? params.unevaluatedProperty);
      return { field: joinField(path, property), message: 'is not a known field' };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      return { field: path, message: `must be one of ${allowed}` };
    }
    case 'const':
      return { field: path, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { field: path, message: `must be ${String(params.type).replaceAll(',', ' or ')}` };
    default:
      return { field: path, message: error.message ?? `fails the '${error.keyword}' rule` };
  }
}

/** `/labels/0/name` → `labels[0].name`. */
function pointerToField(pointer: string): string {
  if (pointer === '') return '';
  let field = '';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    field = /^\d+$/.test(segment) ? `${field}[${segment}]` : joinField(field, segment);
  }
  return field;
}

function joinField(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}

function quoteField(field: string): string {
  return field === '' ? 'arguments' : `field '${field}'`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
