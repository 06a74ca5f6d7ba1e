import type { ConnectedAccount } from '../connected-account/connected-account.ts';
import type { ToolRouter } from '../tool-router.ts';

/** One echo account: `userId` connected with `apiKey` (the echo API answers with the key's label). */
export interface EchoAccountInput {
  userId: string;
  apiKey: string;
  alias?: string;
}

/**
 * Connects echo API-key accounts, in order (the last is the newest), on `authConfigId` or, without
 * one, on a new `api_key` auth config for echo (the toolkit's default when it is the first). Returns
 * the accounts in the same order; `account.authConfigId` names the auth config.
 *
 * @example
 * const [home, work] = await connectEchoAccounts(router, [
 *   { userId: 'alice', apiKey: 'key-home', alias: 'home' },
 *   { userId: 'alice', apiKey: 'key-work', alias: 'work' },
 * ]);
 */
export async function connectEchoAccounts<const TAccounts extends readonly EchoAccountInput[]>(
  router: Pick<ToolRouter, 'authConfigs' | 'connectedAccounts'>,
  accounts: TAccounts,
  options: { authConfigId?: string } = {},
): Promise<{ -readonly [Index in keyof TAccounts]: ConnectedAccount }> {
  const authConfigId =
    options.authConfigId ?? (await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' })).id;
  const connected: ConnectedAccount[] = [];
  for (const { userId, apiKey, alias } of accounts) {
    connected.push(
      await router.connectedAccounts.create({
        userId,
        authConfigId,
        credentials: { apiKey },
        ...(alias === undefined ? {} : { alias }),
      }),
    );
  }
  return connected as { -readonly [Index in keyof TAccounts]: ConnectedAccount };
}
