import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineToolkit, fromOpenAPI, type OpenAPIDocument, withPhrasings } from '@toolrouter/toolkits';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictError } from '../errors/conflict-error.ts';
import { ToolkitNotFoundError } from '../errors/toolkit-not-found-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { sqliteStore } from '../store/sqlite-store.ts';
import { type EchoApi, startEchoApi } from '../test-support/start-echo-api.ts';
import { ToolRouter } from '../tool-router.ts';
import { Catalog } from './catalog.ts';
import { STORED_TOOLKITS_CHECK_MS, StoredToolkits } from './stored-toolkits.ts';

/** A small vendor-shaped API served by the echo server. */
function petstoreDocument(url: string): OpenAPIDocument {
  return {
    openapi: '3.0.3',
    info: { title: 'Petstore', version: '1.0.0' },
    servers: [{ url }],
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          summary: 'List pets, newest first',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          responses: { '200': { description: 'ok' } },
        },
        post: {
          operationId: 'createPet',
          summary: 'Create a pet',
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
              },
            },
          },
          responses: { '201': { description: 'created' } },
        },
      },
    },
  } as OpenAPIDocument;
}

describe('stored toolkits (router.toolkits.register)', () => {
  let dir: string;
  let api: EchoApi;
  const routers: ToolRouter[] = [];
  const key = randomBytes(32).toString('base64');
  const open = () => {
    const router = new ToolRouter({
      store: sqliteStore(join(dir, 'toolrouter.db')),
      encryptionKeys: [key],
      warn: () => {},
    });
    routers.push(router);
    return router;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stored-toolkits-'));
    api = await startEchoApi();
  });
  afterEach(async () => {
    for (const router of routers.splice(0)) await router.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores an imported toolkit that runs, and another router on the same file picks it up without restart', async () => {
    const first = open();
    const second = open();
    await second.ready();
    await expect(second.toolkits.get('petstore')).rejects.toThrow(ToolkitNotFoundError);

    const toolkit = fromOpenAPI(petstoreDocument(api.url), { slug: 'petstore', name: 'Petstore' });
    const stored = await first.toolkits.register(toolkit, { source: 'petstore.json' });
    expect(stored).toMatchObject({ slug: 'petstore', toolCount: 2, isNoAuth: true });
    expect(stored.stored).toMatchObject({ source: 'petstore.json' });

    const result = await first.tools.execute('PETSTORE_CREATE_PET', { name: 'Rex' }, { userId: 'u1' });
    expect(result).toMatchObject({
      successful: true,
      data: { method: 'POST', path: '/pets', body: { name: 'Rex' } },
    });
    await first.tools.execute('PETSTORE_LIST_PETS', { limit: 5 }, { userId: 'u1' });
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/pets', query: { limit: '5' } });

    // The second router asks the store at most once a second whether anything changed.
    await vi.waitFor(async () => expect((await second.toolkits.get('petstore')).toolCount).toBe(2), {
      timeout: 5_000,
      interval: 200,
    });
    const session = await second.create('u2', { toolkits: ['petstore'] });
    const found = await session.search({ query: 'create a pet' });
    expect(JSON.stringify(found)).toContain('PETSTORE_CREATE_PET');

    await first.toolkits.unregister('petstore');
    await expect(first.tools.get('PETSTORE_LIST_PETS')).rejects.toThrow(/Unknown tool/);
    await vi.waitFor(
      async () => expect(second.toolkits.get('petstore')).rejects.toThrow(ToolkitNotFoundError),
      {
        timeout: 5_000,
        interval: 200,
      },
    );
  });

  it('survives a restart, and re-registering replaces the stored toolkit', async () => {
    const before = open();
    await before.toolkits.register(
      fromOpenAPI(petstoreDocument(api.url), { slug: 'petstore', name: 'Petstore' }),
    );
    await before.toolkits.register(
      fromOpenAPI(petstoreDocument(api.url), {
        slug: 'petstore',
        name: 'Petstore v2',
        include: ['listPets'],
      }),
    );
    await before.close();
    routers.splice(0);

    const after = open();
    const listed = (await after.toolkits.list()).find((toolkit) => toolkit.slug === 'petstore');
    expect(listed).toMatchObject({ name: 'Petstore v2', toolCount: 1, stored: { source: null } });
    expect(
      (await after.toolkits.list()).find((toolkit) => toolkit.slug === 'github')?.stored,
    ).toBeUndefined();
    const result = await after.tools.execute('PETSTORE_LIST_PETS', {}, { userId: 'u1' });
    expect(result.successful).toBe(true);
  });

  it("keeps a stored toolkit's phrasings: after a restart search still finds a tool by them", async () => {
    const before = open();
    const toolkit = fromOpenAPI(petstoreDocument(api.url), { slug: 'petstore', name: 'Petstore' });
    await before.toolkits.register({
      ...toolkit,
      tools: withPhrasings(toolkit.tools, { PETSTORE_CREATE_PET: ['we just adopted a puppy called Rex'] }),
    });
    await before.close();
    routers.splice(0);

    const after = open();
    const session = await after.create('u1', { toolkits: ['petstore'] });
    const found = await session.search({ query: 'we adopted a puppy' });
    expect(JSON.stringify(found)).toContain('PETSTORE_CREATE_PET');
    expect(JSON.stringify(found)).not.toContain('PETSTORE_LIST_PETS');
  });

  it('refuses built-in slugs, tool slugs of other toolkits and handler tools, with errors that say what to do', async () => {
    const router = open();
    const document = petstoreDocument(api.url);
    await expect(
      router.toolkits.register(fromOpenAPI(document, { slug: 'github', name: 'GitHub' })),
    ).rejects.toThrow(ConflictError);
    const pets = fromOpenAPI(document, { slug: 'pets', name: 'Pets' });
    const [listPets] = pets.tools;
    await expect(
      router.toolkits.register({
        ...pets,
        tools: [{ ...listPets!, slug: 'GITHUB_USERS_GET_AUTHENTICATED' }],
      }),
    ).rejects.toThrow(/Tool slug 'GITHUB_USERS_GET_AUTHENTICATED' already belongs to toolkit 'github'/);
    const withHandler = defineToolkit({
      slug: 'local',
      name: 'Local',
      description: 'Things this process knows.',
      baseUrl: 'https://example.com',
      auth: [{ mode: 'none' }],
      tools: [
        {
          slug: 'LOCAL_NOW',
          name: 'Now',
          description: 'The time',
          inputSchema: { type: 'object', properties: {} },
          handler: async () => new Date().toISOString(),
        },
      ],
    });
    await expect(router.toolkits.register(withHandler)).rejects.toThrow(ValidationError);
    await expect(router.toolkits.register(withHandler)).rejects.toThrow(
      /in-process handler, which cannot be stored/,
    );
    await expect(router.toolkits.register({ ...withHandler, slug: 'Bad Slug' })).rejects.toThrow(
      /slug must be lower-case/,
    );

    await expect(router.toolkits.unregister('github')).rejects.toThrow(ConflictError);
    await expect(router.toolkits.delete('nothing')).rejects.toThrow(ToolkitNotFoundError);
  });
});

describe('StoredToolkits.isCurrent (what lets a call skip refresh)', () => {
  it('is false before the first check, while a pull runs, and once the check interval has passed', async () => {
    const inner = sqliteStore(':memory:');
    let release: (() => void) | undefined;
    // A store whose reads wait until released, so a pull can be caught while it runs.
    const store = {
      ...inner,
      query: async <Row>(sql: string, params?: readonly (string | number | null)[]) => {
        if (release === undefined) await new Promise<void>((resolve) => (release = resolve));
        return inner.query<Row>(sql, params as never);
      },
    };
    await inner.execute(
      'CREATE TABLE stored_toolkits (slug TEXT, definition TEXT, source TEXT, revision INTEGER, created_at TEXT, updated_at TEXT)',
    );
    const toolkits = new StoredToolkits({
      store,
      catalog: new Catalog([]),
      warn: () => {},
      now: () => new Date(),
    });
    expect(toolkits.isCurrent()).toBe(false);
    const pulled = toolkits.refresh({ force: true });
    expect(toolkits.isCurrent()).toBe(false);
    await vi.waitFor(() => expect(release).toBeDefined());
    release!();
    await pulled;
    expect(toolkits.isCurrent()).toBe(true);
    const later = performance.now() + STORED_TOOLKITS_CHECK_MS + 1;
    const clock = vi.spyOn(performance, 'now').mockReturnValue(later);
    try {
      expect(toolkits.isCurrent()).toBe(false);
    } finally {
      clock.mockRestore();
      await inner.close();
    }
  });

  /**
   * A PostgreSQL-like store over SQLite: its reads are counted and wait while `hold` is set, and its
   * subscription hands over the gap handler, as a store whose events reach other instances does.
   */
  async function eventStore() {
    const inner = sqliteStore(':memory:');
    await inner.execute(
      'CREATE TABLE stored_toolkits (slug TEXT, definition TEXT, source TEXT, revision INTEGER, created_at TEXT, updated_at TEXT)',
    );
    const state = {
      reads: 0,
      hold: false,
      waiting: [] as Array<() => void>,
      onGap: undefined as ((phase: 'start' | 'end') => void) | undefined,
      release() {
        state.hold = false;
        for (const go of state.waiting.splice(0)) go();
      },
    };
    const store = {
      ...inner,
      dialect: 'postgres' as const,
      query: async <Row>(sql: string, params?: readonly (string | number | null)[]) => {
        state.reads++;
        if (state.hold) await new Promise<void>((resolve) => state.waiting.push(resolve));
        return inner.query<Row>(sql, params as never);
      },
      subscribe: async (
        channel: string,
        listener: (payload: string) => void,
        options?: { onGap?: (phase: 'start' | 'end') => void },
      ) => {
        state.onGap = options?.onGap;
        return inner.subscribe(channel, listener);
      },
    };
    const toolkits = new StoredToolkits({
      store,
      catalog: new Catalog([]),
      warn: () => {},
      now: () => new Date(),
    });
    await toolkits.start();
    return { toolkits, state, close: () => inner.close() };
  }

  it('on PostgreSQL, lets the call go on while the periodic check runs behind it', async () => {
    const { toolkits, state, close } = await eventStore();
    const clock = vi
      .spyOn(performance, 'now')
      .mockReturnValue(performance.now() + STORED_TOOLKITS_CHECK_MS + 1);
    try {
      state.hold = true;
      const readsBefore = state.reads;
      // The second is up: the check starts, and the call does not wait for it.
      expect(toolkits.isCurrent()).toBe(true);
      await vi.waitFor(() => expect(state.waiting.length).toBe(1));
      expect(state.reads).toBe(readsBefore + 1);
      // Calls meanwhile go on too, and start no second check.
      expect(toolkits.isCurrent()).toBe(true);
      state.release();
      await vi.waitFor(() => expect(state.reads).toBe(readsBefore + 1));
      // A pull for a change (its NOTIFY) is still waited for.
      state.hold = true;
      const pulled = toolkits.refresh({ force: true });
      expect(toolkits.isCurrent()).toBe(false);
      state.release();
      await pulled;
      expect(toolkits.isCurrent()).toBe(true);
    } finally {
      clock.mockRestore();
      await toolkits.stop();
      await close();
    }
  });

  it('waits for the check while change events may be lost, and catches up once they flow again', async () => {
    const { toolkits, state, close } = await eventStore();
    const clock = vi
      .spyOn(performance, 'now')
      .mockReturnValue(performance.now() + STORED_TOOLKITS_CHECK_MS + 1);
    try {
      state.onGap!('start');
      expect(toolkits.isCurrent()).toBe(false);
      const readsBefore = state.reads;
      state.onGap!('end');
      await vi.waitFor(() => expect(state.reads).toBe(readsBefore + 1));
      await vi.waitFor(() => expect(toolkits.isCurrent()).toBe(true));
    } finally {
      clock.mockRestore();
      await toolkits.stop();
      await close();
    }
  });
});
