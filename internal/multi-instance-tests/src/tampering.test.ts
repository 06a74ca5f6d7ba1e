import { completeAuthorization, REDIRECT_URI } from '@toolrouter/core/test/oauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectThings } from './cluster/connect-things.ts';
import { type Cluster, startCluster } from './cluster/start-cluster.ts';
import type { Instance } from './cluster/start-instance.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(1);
});
afterAll(() => cluster?.close());

type Tamper = 'flipped bit' | 'truncated tag' | 'another row';

/** A sealed value altered one way or another (`v1:<key>:<iv>:<ciphertext>:<tag>`). */
function tamper(sealed: string, how: Tamper, otherRow: string): string {
  if (how === 'another row') return otherRow;
  const parts = sealed.split(':');
  if (how === 'flipped bit') {
    const bytes = Buffer.from(parts[3]!, 'base64url');
    bytes[0]! ^= 1;
    parts[3] = bytes.toString('base64url');
  } else {
    parts[4] = Buffer.from(parts[4]!, 'base64url').subarray(0, 12).toString('base64url');
  }
  return parts.join(':');
}

describe('tampering with every sealed column', () => {
  it('no altered, truncated or moved secret is ever used: calls are refused, MCP answers 401, connections fail', async () => {
    const [a] = cluster.instances as [Instance];
    const outcomes: Array<{ column: string; how: Tamper; used: boolean }> = [];
    const execute = (sessionId: string, toolSlug: string) =>
      cluster.rest(a, 'POST', `/sessions/${sessionId}/execute`, {
        toolSlug,
        arguments: toolSlug === 'ECHO_GET' ? { id: '1' } : {},
      });
    const setValue = async (table: string, column: string, id: string, value: string) => {
      await cluster.sql(`UPDATE ${table} SET ${column} = $1 WHERE id = $2`, [value, id]);
      // An instance hears of an account or auth config changed by SQL outside it from migration
      // 10's NOTIFY, a moment after the commit (until then its account resolution cache may still
      // run calls with the genuine value it read before): give the notification time to land.
      if (table === 'connected_accounts' || table === 'auth_configs') {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const sealedValue = async (table: string, column: string, id: string) =>
      String(
        (await cluster.sql<{ v: string }>(`SELECT ${column} AS v FROM ${table} WHERE id = $1`, [id]))[0]!.v,
      );

    // Two OAuth accounts (one donates "another row"), an API key account, an operator auth config.
    const things = await connectThings(cluster, 'tina', [a, a, a]);
    const donor = await connectThings(cluster, 'tom', [a, a, a]);
    const echoConfig = await cluster.rest(a, 'POST', '/auth-configs', {
      toolkit: 'echo',
      mode: 'api_key',
      isDefault: true,
    });
    cluster.echoAccounts['tina-key'] = 'tina';
    const echoAccount = await cluster.rest(a, 'POST', '/connected-accounts', {
      userId: 'tina',
      authConfigId: echoConfig.body.id,
      credentials: { apiKey: 'tina-key' },
    });
    const echoSession = await cluster.rest(a, 'POST', '/sessions', {
      userId: 'tina',
      config: { toolkits: ['echo'] },
    });
    const operatorConfig = await cluster.rest(a, 'POST', '/auth-configs', {
      toolkit: 'things',
      mode: 'oauth2',
      credentials: {
        clientId: cluster.oauth.provider.clients.post.clientId,
        clientSecret: cluster.oauth.provider.clients.post.clientSecret,
      },
    });
    const otherConfig = await cluster.rest(a, 'POST', '/auth-configs', {
      toolkit: 'things',
      mode: 'oauth2',
      credentials: { clientId: 'other', clientSecret: 'other-secret' },
    });

    for (const how of ['flipped bit', 'truncated tag', 'another row'] as Tamper[]) {
      // connected_accounts.credentials (OAuth): the call is refused, the API never sees a request.
      {
        const original = await sealedValue('connected_accounts', 'credentials', things.accountId);
        const other = await sealedValue('connected_accounts', 'credentials', donor.accountId);
        await setValue('connected_accounts', 'credentials', things.accountId, tamper(original, how, other));
        const before = cluster.oauth.api.calls.length;
        const result = await execute(things.sessionId, 'THINGS_WHOAMI');
        const used = cluster.oauth.api.calls.length > before || result.body.successful === true;
        outcomes.push({ column: 'connected_accounts.credentials (oauth2)', how, used });
        expect(result.body.error).toMatch(/stored credentials cannot be read/);
        await setValue('connected_accounts', 'credentials', things.accountId, original);
      }
      // connected_accounts.credentials (API key).
      {
        const original = await sealedValue('connected_accounts', 'credentials', echoAccount.body.id);
        const other = await sealedValue('connected_accounts', 'credentials', donor.accountId);
        await setValue(
          'connected_accounts',
          'credentials',
          echoAccount.body.id,
          tamper(original, how, other),
        );
        const before = cluster.echoApi.calls.length;
        const result = await execute(echoSession.body.sessionId, 'ECHO_GET');
        outcomes.push({
          column: 'connected_accounts.credentials (api_key)',
          how,
          used: cluster.echoApi.calls.length > before || result.body.successful === true,
        });
        expect(result.body.error).toMatch(/stored credentials cannot be read/);
        await setValue('connected_accounts', 'credentials', echoAccount.body.id, original);
      }
      // sessions.mcp_token: authentication compares only the token's SHA-256 hash (the sealed copy is
      // never decrypted on the request path), so a tampered copy cannot open the session or change
      // who it belongs to, and it is never handed out in place of the real token.
      {
        const mcpToken = String(
          (await cluster.rest(a, 'GET', `/sessions/${things.sessionId}`)).body.mcp.headers.Authorization,
        );
        const original = await sealedValue('sessions', 'mcp_token', things.sessionId);
        const other = await sealedValue('sessions', 'mcp_token', donor.sessionId);
        await setValue('sessions', 'mcp_token', things.sessionId, tamper(original, how, other));
        // A read answers the genuine token (a copy cached before the tampering) or an error; never
        // what the tampered ciphertext would decrypt to.
        const read = await cluster.rest(a, 'GET', `/sessions/${things.sessionId}`);
        const handedOut = read.status === 200 && String(read.body.mcp?.headers?.Authorization) !== mcpToken;
        outcomes.push({ column: 'sessions.mcp_token', how, used: handedOut });
        expect(handedOut).toBe(false);
        const listTools = (authorization: string) =>
          fetch(`${a.url}/mcp/${things.sessionId}`, {
            method: 'POST',
            headers: {
              authorization,
              'content-type': 'application/json',
              accept: 'application/json, text/event-stream',
            },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
          });
        expect((await listTools(mcpToken)).status).toBe(200);
        expect((await listTools(`${mcpToken}x`)).status).toBe(401);
        await setValue('sessions', 'mcp_token', things.sessionId, original);
      }
      // auth_configs.credentials: no OAuth redirect is made with unreadable app credentials.
      {
        const original = await sealedValue('auth_configs', 'credentials', operatorConfig.body.id);
        const other = await sealedValue('auth_configs', 'credentials', otherConfig.body.id);
        await setValue('auth_configs', 'credentials', operatorConfig.body.id, tamper(original, how, other));
        const session = await cluster.rest(a, 'POST', '/sessions', {
          userId: `ac-${how}`,
          config: { toolkits: ['things'], authConfigs: { things: operatorConfig.body.id } },
        });
        const request = await cluster.rest(a, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
          toolkit: 'things',
        });
        const page = request.body?.linkId
          ? await fetch(`${a.url}/connect/${request.body.linkId}`, { redirect: 'manual' })
          : undefined;
        await page?.body?.cancel();
        outcomes.push({ column: 'auth_configs.credentials', how, used: page?.status === 302 });
        expect(page?.status).not.toBe(302);
        await setValue('auth_configs', 'credentials', operatorConfig.body.id, original);
      }
      // connect_links.pkce_verifier: the flow never reaches the provider's token endpoint with it.
      {
        const session = await cluster.rest(a, 'POST', '/sessions', {
          userId: `pkce-${how}`,
          config: { toolkits: ['things'] },
        });
        const request = await cluster.rest(a, 'POST', `/sessions/${session.body.sessionId}/authorize`, {
          toolkit: 'things',
        });
        // The verifier is made when the connect page sends the user to the provider.
        const page = await fetch(`${a.url}/connect/${request.body.linkId}`, { redirect: 'manual' });
        expect(page.status).toBe(302);
        const [link] = await cluster.sql<{ pkce_verifier: string; other: string }>(
          `SELECT pkce_verifier, (SELECT pkce_verifier FROM connect_links WHERE id <> $1 AND pkce_verifier IS NOT NULL LIMIT 1) AS other FROM connect_links WHERE id = $1`,
          [request.body.linkId],
        );
        await setValue(
          'connect_links',
          'pkce_verifier',
          request.body.linkId,
          tamper(link!.pkce_verifier, how, link!.other),
        );
        const exchanges = cluster.tokenGate.requests.authorization_code ?? 0;
        const landing = await completeAuthorization(page.headers.get('location')!, {
          redirectUri: REDIRECT_URI,
          login: `pkce-${how}`,
        });
        const callback = await fetch(`${a.url}${landing.pathname}${landing.search}`, { redirect: 'manual' });
        await callback.body?.cancel();
        const account = (await cluster.rest(a, 'GET', `/connected-accounts/${request.body.id}`)).body;
        const used =
          (cluster.tokenGate.requests.authorization_code ?? 0) > exchanges || account.status === 'ACTIVE';
        outcomes.push({ column: 'connect_links.pkce_verifier', how, used });
        expect(used).toBe(false);
      }
    }
    const used = outcomes.filter((outcome) => outcome.used);
    console.info(
      `[figures] tampering: ${used.length}/${outcomes.length} altered sealed values used (${new Set(outcomes.map((outcome) => outcome.column)).size} columns x 3 kinds of tampering)`,
    );
    expect(used).toEqual([]);
    // Restored, everything works again.
    expect((await execute(things.sessionId, 'THINGS_WHOAMI')).body).toMatchObject({ successful: true });
  });
});
