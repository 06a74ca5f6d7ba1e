import { describe, expect, it } from 'vitest';
import { LocalAuthConfigsApi } from '../auth-config/auth-configs-api.ts';
import { LocalConnectApi } from '../connect/connect-api.ts';
import { LocalConnectedAccountsApi } from '../connected-account/connected-accounts-api.ts';
import { LocalLogsApi } from '../logs/logs-api.ts';
import { LocalSessionsApi } from '../session/sessions-api.ts';
import { ToolRouterSession } from '../session/tool-router-session.ts';
import { RemoteAuthConfigsApi } from './remote-auth-configs-api.ts';
import { RemoteConnectApi } from './remote-connect-api.ts';
import { RemoteConnectedAccountsApi } from './remote-connected-accounts-api.ts';
import { RemoteLogsApi } from './remote-logs-api.ts';
import { RemoteSessionsApi } from './remote-sessions-api.ts';
import { RemoteToolRouterSession } from './remote-tool-router-session.ts';

/**
 * What a remote session inherits on purpose: it reads the session's own data, or goes through the
 * host, whose update, listConfigHistory and delete the remote sessions API answers over REST.
 */
const INHERITED_BY_DESIGN = [
  'config',
  'configVersion',
  'updatedAt',
  'mcp',
  'update',
  'listConfigHistory',
  'delete',
  'toJSON',
];

const pairs: Array<[string, { prototype: object }, { prototype: object }, string[]]> = [
  ['AuthConfigsApi', LocalAuthConfigsApi, RemoteAuthConfigsApi, []],
  ['ConnectedAccountsApi', LocalConnectedAccountsApi, RemoteConnectedAccountsApi, []],
  ['LogsApi', LocalLogsApi, RemoteLogsApi, []],
  ['ConnectApi', LocalConnectApi, RemoteConnectApi, []],
  ['SessionsApi', LocalSessionsApi, RemoteSessionsApi, []],
  ['ToolRouterSession', ToolRouterSession, RemoteToolRouterSession, INHERITED_BY_DESIGN],
];

describe('remote API classes', () => {
  // A method added to a public class must get its remote twin, or remote mode would run the
  // embedded code without a store.
  it.each(pairs)(
    '%s: the remote class has every public method of the embedded one',
    (_, base, remote, inherited) => {
      const methods = Object.getOwnPropertyNames(base.prototype).filter(
        (name) => name !== 'constructor' && !inherited.includes(name),
      );
      const missing = methods.filter((name) => !Object.hasOwn(remote.prototype, name));
      expect(missing).toEqual([]);
      // Only a session shares code with its embedded twin; the admin APIs implement the same interface.
      if (inherited.length === 0) expect(Object.getPrototypeOf(remote.prototype)).toBe(Object.prototype);
      else expect(Object.getPrototypeOf(remote.prototype)).toBe(base.prototype);
    },
  );
});
