import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi({ 'key-alice': 'alice', 'key-bob': 'bob' });

async function setup() {
  const router = createEchoRouter(api.url);
  await connectEchoAccounts(router, [
    { userId: 'alice', apiKey: 'key-alice', alias: 'main' },
    { userId: 'bob', apiKey: 'key-bob' },
  ]);
  return router;
}

describe('session.proxyExecute', () => {
  it("calls the toolkit API with the session user's account, query parameters and a JSON body", async () => {
    const router = await setup();
    const session = await router.create('alice', { toolkits: ['echo'] });
    const result = await session.proxyExecute({
      toolkit: 'echo',
      method: 'POST',
      endpoint: '/custom/{raw}/path',
      body: { hello: 'world' },
      parameters: [
        { in: 'query', name: 'page', value: 2 },
        { in: 'header', name: 'x-trace', value: 'abc' },
      ],
      account: 'main',
    });
    expect(result.error).toBeNull();
    expect(result.data).toMatchObject({
      account: 'alice',
      method: 'POST',
      path: '/custom/%7Braw%7D/path',
      query: { page: '2' },
      body: { hello: 'world' },
    });
    const logs = await router.logs.list({ sessionId: session.sessionId });
    expect(logs.items[0]).toMatchObject({ toolSlug: 'ECHO_PROXY', toolkit: 'echo', successful: true });
  });

  it('accepts an absolute URL under the base URL and refuses any other host or a dot segment', async () => {
    const router = await setup();
    const session = await router.create('bob');
    const absolute = await session.proxyExecute({
      toolkit: 'echo',
      method: 'GET',
      endpoint: `${api.url}/things/9`,
    });
    expect(absolute.data).toMatchObject({ account: 'bob', path: '/things/9' });
    await expect(
      session.proxyExecute({
        toolkit: 'echo',
        method: 'GET',
        endpoint: 'http://169.254.169.254/latest/meta-data',
      }),
    ).rejects.toSatisfy((error: unknown) => ValidationError.isInstance(error) && error.field === 'endpoint');
    for (const endpoint of ['https:', 'http:', 'ftp:x', 'a:']) {
      await expect(
        session.proxyExecute({ toolkit: 'echo', method: 'GET', endpoint }),
        endpoint,
      ).rejects.toSatisfy(
        (error: unknown) => ValidationError.isInstance(error) && error.field === 'endpoint',
      );
    }
    await expect(
      session.proxyExecute({ toolkit: 'echo', method: 'GET', endpoint: '/a/../../secret' }),
    ).rejects.toThrow(/'\.' or '\.\.' segments/);
    await expect(
      session.proxyExecute({ toolkit: 'echo', method: 'GET', endpoint: '/x', body: {} }),
    ).rejects.toThrow(/GET request has no body/);
  });

  it('obeys the session: disabled toolkits and tag filters refuse the request', async () => {
    const router = await setup();
    const readOnly = await router.create('alice', { toolkits: ['echo'], tags: ['readOnlyHint'] });
    expect(
      (await readOnly.proxyExecute({ toolkit: 'echo', method: 'GET', endpoint: '/things/1' })).successful,
    ).toBe(true);
    const deleted = await readOnly.proxyExecute({ toolkit: 'echo', method: 'DELETE', endpoint: '/things/1' });
    expect(deleted.successful).toBe(false);
    expect(deleted.error).toMatch(/not enabled in this session/);
    const other = await router.create('alice', { toolkits: ['publicecho'] });
    expect(
      (await other.proxyExecute({ toolkit: 'echo', method: 'GET', endpoint: '/things/1' })).successful,
    ).toBe(false);
  });

  it('names the missing field of an empty or absent request instead of failing on it', async () => {
    const router = await setup();
    const session = await router.create('alice');
    const namesField = (field: string) => (error: unknown) =>
      ValidationError.isInstance(error) && error.field === field;
    await expect(session.proxyExecute({} as never)).rejects.toSatisfy(namesField('toolkit'));
    await expect(session.proxyExecute(undefined as never)).rejects.toSatisfy(namesField('toolkit'));
    await expect(session.proxyExecute({ toolkit: '' } as never)).rejects.toThrow(/toolkit/);
    await expect(session.proxyExecute({ toolkit: 'echo' } as never)).rejects.toSatisfy(namesField('method'));
    await expect(session.proxyExecute({ toolkit: 'echo', method: 'GET' } as never)).rejects.toSatisfy(
      namesField('endpoint'),
    );
    const header = (name: string, value: string) =>
      session.proxyExecute({
        toolkit: 'echo',
        method: 'GET',
        endpoint: '/things/1',
        parameters: [
          { in: 'query', name: 'page', value: 1 },
          { in: 'header', name, value },
        ],
      });
    await expect(header('bad name', 'x')).rejects.toSatisfy(namesField('parameters[1]'));
    await expect(header('x-trace', 'a\r\nx-api-key: forged')).rejects.toSatisfy(namesField('parameters[1]'));
  });
});
