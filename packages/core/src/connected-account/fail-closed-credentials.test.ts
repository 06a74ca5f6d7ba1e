import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialCipher } from '../crypto/credential-cipher.ts';
import { parseEncryptionKeys } from '../crypto/parse-encryption-keys.ts';
import { connectEchoAccounts } from '../test-support/connect-echo-accounts.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { nextAccountChange } from '../test-support/next-account-change.ts';
import { testStore } from '../test-support/test-store.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';
import { connectedAccountAssociatedData } from './connected-account-row.ts';

const api = useEchoApi({ 'key-1': 'work' });

describe('an ACTIVE account whose stored credentials cannot be used', () => {
  it('is refused with a clear error and nothing is sent upstream: NULL, empty, incomplete, altered, truncated', async () => {
    const key = randomBytes(32).toString('base64');
    const cipher = new CredentialCipher(parseEncryptionKeys([key]));
    const store = testStore();
    const router = createEchoRouter(api.url, { store, encryptionKeys: [key] });
    const [account] = await connectEchoAccounts(router, [{ userId: 'alice', apiKey: 'key-1' }]);
    const session = await router.create('alice', { toolkits: ['echo'] });
    const sealedOf = (value: unknown) =>
      cipher.encryptJson(value, connectedAccountAssociatedData(account.id, 'alice'));
    const [original] = await store.query<{ credentials: string }>(
      'SELECT credentials FROM connected_accounts WHERE id = ?',
      [account.id],
    );
    const flipped = (() => {
      const parts = original!.credentials.split(':');
      const bytes = Buffer.from(parts[3]!, 'base64url');
      bytes[0]! ^= 1;
      parts[3] = bytes.toString('base64url');
      return parts.join(':');
    })();
    const truncated = (() => {
      const parts = original!.credentials.split(':');
      parts[4] = Buffer.from(parts[4]!, 'base64url').subarray(0, 4).toString('base64url');
      return parts.join(':');
    })();
    const cases: Array<[string, string | null, RegExp]> = [
      ['NULL', null, /holds no stored credentials/],
      ['empty string', '', /holds no stored credentials/],
      ['empty object', sealedOf({}), /empty or incomplete/],
      ['empty apiKey', sealedOf({ apiKey: '' }), /empty or incomplete/],
      ['JSON null', sealedOf(null), /empty or incomplete/],
      ['altered ciphertext', flipped, /cannot be read/],
      ['truncated tag', truncated, /cannot be read/],
      [
        "another row's ciphertext",
        cipher.encryptJson({ apiKey: 'key-1' }, 'connected_account:ca_other:alice:credentials'),
        /cannot be read/,
      ],
    ];
    let sentUpstream = 0;
    for (const [label, value, message] of cases) {
      const seen = await nextAccountChange(store);
      await store.execute('UPDATE connected_accounts SET credentials = ? WHERE id = ?', [value, account.id]);
      await seen();
      const before = api.calls.length;
      const result = await session.execute('ECHO_GET', { id: '1' });
      sentUpstream += api.calls.length - before;
      expect(result.successful, label).toBe(false);
      expect(result.error, label).toMatch(message);
      expect(result.error, label).toContain(account.id);
      expect(result.error).not.toContain('key-1');
    }
    console.info(`[figures] unusable stored credentials sent upstream: ${sentUpstream}/${cases.length}`);
    expect(sentUpstream).toBe(0);

    // The control: the original value works.
    const seen = await nextAccountChange(store);
    await store.execute('UPDATE connected_accounts SET credentials = ? WHERE id = ?', [
      original!.credentials,
      account.id,
    ]);
    await seen();
    expect(await session.execute('ECHO_GET', { id: '1' })).toMatchObject({ successful: true });
    await router.close();
  });
});
