import { validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { github } from '../../../../packages/toolkits/src/github/github-toolkit.ts';

/** Keywords every function-calling API (OpenAI, Anthropic, Gemini through its JSON Schema adapters) takes. */
// biome-ignore format: a word list reads better packed
const ALLOWED_KEYWORDS = new Set([
  'type', 'description', 'enum', 'const', 'format', 'properties', 'required', 'additionalProperties',
  'items', 'prefixItems', 'uniqueItems', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties',
  'maxProperties', 'anyOf', 'allOf', 'not',
]);

/** Calls `visit` on every sub-schema of `schema` with its JSON path. */
function walk(
  schema: Record<string, unknown>,
  path: string,
  visit: (node: Record<string, unknown>, path: string) => void,
) {
  visit(schema, path);
  for (const [name, property] of Object.entries(
    (schema.properties ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    walk(property, `${path}.properties.${name}`, visit);
  }
  for (const keyword of ['items', 'additionalProperties', 'not'] as const) {
    const child = schema[keyword];
    if (child && typeof child === 'object')
      walk(child as Record<string, unknown>, `${path}.${keyword}`, visit);
  }
  for (const keyword of ['anyOf', 'allOf', 'prefixItems'] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    for (const [index, child] of list.entries()) walk(child, `${path}.${keyword}[${index}]`, visit);
  }
}

describe('github toolkit schemas', () => {
  it('is a valid toolkit of more than 1,100 GITHUB_ tools', () => {
    expect(() => validateToolkit(github)).not.toThrow();
    expect(github.tools.length).toBeGreaterThan(1100);
    expect(github.tools.every((tool) => tool.slug.startsWith('GITHUB_') && tool.request)).toBe(true);
  });

  it('compiles every input schema with Ajv (draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false, logger: false });
    const failures: string[] = [];
    for (const tool of github.tools) {
      try {
        ajv.compile(tool.inputSchema);
      } catch (error) {
        failures.push(`${tool.slug}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has a plain object at the top of every schema and a field for every path placeholder', () => {
    const problems: string[] = [];
    for (const tool of github.tools) {
      const { inputSchema, request } = tool;
      const properties = (inputSchema.properties ?? {}) as Record<string, unknown>;
      if (inputSchema.type !== 'object') problems.push(`${tool.slug}: top-level type ${inputSchema.type}`);
      for (const keyword of ['anyOf', 'oneOf', 'allOf', 'enum', 'not']) {
        if (keyword in inputSchema) problems.push(`${tool.slug}: top-level ${keyword}`);
      }
      for (const name of (inputSchema.required ?? []) as string[]) {
        if (!(name in properties)) problems.push(`${tool.slug}: required '${name}' has no property`);
      }
      for (const [, placeholder] of request?.path.matchAll(/\{([^}]+)\}/g) ?? []) {
        if (!(placeholder && placeholder in properties))
          problems.push(`${tool.slug}: no field for {${placeholder}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no dangling $ref, duplicate required, default or keyword a function-calling API would refuse', () => {
    const problems: string[] = [];
    for (const tool of github.tools) {
      walk(tool.inputSchema, tool.slug, (node, path) => {
        for (const keyword of Object.keys(node)) {
          if (!ALLOWED_KEYWORDS.has(keyword)) problems.push(`${path}: keyword '${keyword}'`);
        }
        if (Array.isArray(node.required) && new Set(node.required).size !== node.required.length) {
          problems.push(`${path}: duplicate required`);
        }
        if (node.format !== undefined && node.format !== 'date-time')
          problems.push(`${path}: format ${node.format}`);
        const types = Array.isArray(node.type) ? node.type : [node.type];
        if (types.includes('array') && node.items === undefined)
          problems.push(`${path}: array without items`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('validates real arguments, including null where GitHub accepts it', () => {
    const ajv = new Ajv2020({ strict: false, logger: false });
    const create = github.tools.find((tool) => tool.slug === 'GITHUB_ISSUES_CREATE');
    const validate = ajv.compile(create?.inputSchema ?? {});
    expect(
      validate({ owner: 'octo-org', repo: 'hello-world', title: 'Bug', assignee: null, labels: ['bug'] }),
    ).toBe(true);
    expect(validate({ owner: 'octo-org', repo: 'hello-world' })).toBe(false);
  });
});
