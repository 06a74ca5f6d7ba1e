import { describe, expect, it } from 'vitest';
import { LocalAuthConfigsApi } from '../auth-config/auth-configs-api.ts';
import { LocalConnectApi } from '../connect/connect-api.ts';
import { LocalConnectedAccountsApi } from '../connected-account/connected-accounts-api.ts';
import { LocalLogsApi } from '../logs/logs-api.ts';
import { LocalSessionHost } from '../session/local-session-host.ts';
import { LocalSessionsApi } from '../session/sessions-api.ts';
import { RemoteAuthConfigsApi } from './remote-auth-configs-api.ts';
import { RemoteConnectApi } from './remote-connect-api.ts';
import { RemoteConnectedAccountsApi } from './remote-connected-accounts-api.ts';
import { RemoteLogsApi } from './remote-logs-api.ts';
import { RemoteSessionHost } from './remote-session-host.ts';
import { RemoteSessionsApi } from './remote-sessions-api.ts';

const pairs: Array<[string, { prototype: object }, { prototype: object }]> = [
  ['AuthConfigsApi', LocalAuthConfigsApi, RemoteAuthConfigsApi],
  ['ConnectedAccountsApi', LocalConnectedAccountsApi, RemoteConnectedAccountsApi],
  ['LogsApi', LocalLogsApi, RemoteLogsApi],
  ['ConnectApi', LocalConnectApi, RemoteConnectApi],
  ['SessionsApi', LocalSessionsApi, RemoteSessionsApi],
  ['SessionHost', LocalSessionHost, RemoteSessionHost],
];

describe('remote API classes', () => {
  // A method added to a public class must get its remote twin, or remote mode would run the
  // embedded code without a store.
  it.each(pairs)('%s: the remote class has every public method of the embedded one', (_, base, remote) => {
    const methods = Object.getOwnPropertyNames(base.prototype).filter((name) => name !== 'constructor');
    const missing = methods.filter((name) => !Object.hasOwn(remote.prototype, name));
    expect(missing).toEqual([]);
    // Remote mode implements the same interfaces; it inherits nothing from embedded classes.
    expect(Object.getPrototypeOf(remote.prototype)).toBe(Object.prototype);
  });
});
