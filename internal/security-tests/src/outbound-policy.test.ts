import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { memoryStore, OAuthTokenError, ToolRouter } from '@toolrouter/core';
import { createOutboundFetch, requestToken } from '@toolrouter/core/test';
import { defineToolkit, fromOpenAPI, type ToolkitDefinition } from '@toolrouter/toolkits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OutboundEntry, outboundCorpus } from './outbound-corpus.ts';
import { reportFigure } from './report-figure.ts';

/** Canary listeners on loopback addresses: any connection that reaches one is a policy failure. */
const canaryAddresses = ['127.0.0.1', '127.0.0.2', '127.1.2.3'];
const canaries: Server[] = [];
let connections = 0;
let port = 0;

beforeAll(async () => {
  for (const address of canaryAddresses) {
    const canary = createServer((_request, response) => response.end('canary'));
    canary.on('connection', () => {
      connections++;
    });
    canary.listen(port, address);
    await once(canary, 'listening');
    port = (canary.address() as AddressInfo).port;
    canaries.push(canary);
  }
});
afterAll(() => {
  for (const canary of canaries) canary.close();
});

const corpus = outboundCorpus();
const urlOf = (entry: OutboundEntry) => `http://${entry.host}:${port}`;

/** A no-auth toolkit whose one tool GETs `/`, at `baseUrl`; every third one comes from an OpenAPI document's servers. */
function toolkitFor(index: number, baseUrl: string): { toolkit: ToolkitDefinition; override?: string } {
  const slug = `t${index}`;
  const tool = {
    slug: `T${index}_GET`,
    name: 'Get',
    description: 'Gets the root.',
    inputSchema: { type: 'object' },
  };
  if (index % 3 === 0) {
    const toolkit = fromOpenAPI(
      {
        openapi: '3.0.0',
        info: { title: slug, version: '1' },
        servers: [{ url: baseUrl }],
        paths: { '/': { get: { operationId: 'get', responses: { '200': { description: 'ok' } } } } },
      } as never,
      { slug, name: slug },
    );
    return { toolkit };
  }
  const toolkit = defineToolkit({
    slug,
    name: slug,
    description: 'An address under test.',
    baseUrl: index % 3 === 1 ? baseUrl : 'https://placeholder.invalid',
    auth: [{ mode: 'none' }],
    tools: [{ ...tool, request: { method: 'GET', path: '/' } }],
  });
  return index % 3 === 1 ? { toolkit } : { toolkit, override: baseUrl };
}

async function runThroughRouter(entries: OutboundEntry[], allowPrivateNetwork: boolean) {
  const built = entries.map((entry, index) => toolkitFor(index, urlOf(entry)));
  const router = new ToolRouter({
    builtinToolkits: false,
    store: memoryStore(),
    encryptionKeys: [Buffer.alloc(32, 7).toString('base64')],
    toolkits: built.map((item) => item.toolkit),
    toolkitBaseUrls: Object.fromEntries(
      built.flatMap((item) => (item.override ? [[item.toolkit.slug, item.override]] : [])),
    ),
    allowPrivateNetwork,
    execution: { retry: { maxAttempts: 1 }, timeoutMs: 5_000 },
    warn: () => {},
  });
  let refused = 0;
  const leaks: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const tool = (await router.tools.list({ toolkit: `t${index}` }))[0]!;
    const result = await router.tools.execute(tool.slug, {}, { userId: 'attacker' });
    if (!result.successful && /refused to call/i.test(String(result.error))) refused++;
    else leaks.push(`${entry.host}: ${String(result.error ?? 'answered')}`);
  }
  await router.close();
  return { refused, leaks };
}

describe('outbound URL policy', () => {
  it('has at least 300 entries', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
  });

  it('the canaries count connections (control: the policy allows loopback when told to)', async () => {
    const before = connections;
    const { leaks } = await runThroughRouter([{ host: '127.0.0.1', kind: 'loopback' }], true);
    expect(leaks).toHaveLength(1);
    expect(connections).toBeGreaterThan(before);
  });

  it('refuses every loopback, private and metadata entry as a base URL (toolkit, toolkitBaseUrls, OpenAPI servers) in production', async () => {
    const entries = corpus.filter((entry) => !entry.dns);
    const before = connections;
    const { refused, leaks } = await runThroughRouter(entries, false);
    reportFigure(
      'outbound.base-urls.refused',
      `${refused}/${entries.length}`,
      `canary connections ${connections - before}`,
    );
    expect(leaks).toEqual([]);
    expect(connections - before).toBe(0);
  });

  it('refuses every metadata entry even with allowPrivateNetwork', async () => {
    const entries = corpus.filter((entry) => entry.kind === 'metadata' && !entry.dns);
    const { refused, leaks } = await runThroughRouter(entries, true);
    reportFigure('outbound.metadata.refused', `${refused}/${entries.length}`, 'allowPrivateNetwork on');
    expect(leaks).toEqual([]);
  });

  it('refuses every entry as a token URL, also names whose DNS answer points at a canary, and never follows a redirect', async () => {
    // Wildcard DNS (`127.0.0.1.nip.io`) and rebinding: names resolve to their target address, loopback ones to a canary.
    const outbound = createOutboundFetch({
      policy: { allowPrivateNetwork: false },
      resolve: async (hostname) => {
        const entry = corpus.find((candidate) => candidate.host.toLowerCase() === hostname.toLowerCase());
        const address = entry?.target ?? '127.0.0.1';
        return [{ address: address === '0.0.0.0' ? '127.0.0.1' : address, family: 4 }];
      },
    });
    const before = connections;
    let refused = 0;
    for (const entry of corpus) {
      const error = await requestToken({
        scheme: {
          mode: 'oauth2',
          authorizationUrl: 'https://p.test/a',
          tokenUrl: `${urlOf(entry)}/token`,
          scopes: [],
        },
        app: { clientId: 'cid', clientSecret: 'canary-client-secret-0123456789' },
        params: { grant_type: 'refresh_token', refresh_token: 'canary-refresh-token-0123456789' },
        providerName: 'Attacker',
        fetch: outbound.fetch,
        timeoutMs: 5_000,
        now: new Date(),
      }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      if (OAuthTokenError.isInstance(error) && /refused to call/i.test(error.message)) refused++;
    }
    await outbound.close();
    reportFigure(
      'outbound.token-urls.refused',
      `${refused}/${corpus.length}`,
      `canary connections ${connections - before}`,
    );
    expect(refused).toBe(corpus.length);
    expect(connections - before).toBe(0);
  });
});
