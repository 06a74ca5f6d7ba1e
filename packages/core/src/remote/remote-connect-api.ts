import type { ConnectApi } from '../connect/connect-api.ts';
import type {
  ConnectLink,
  OAuthCallbackParams,
  OAuthCallbackResult,
  SubmitCredentialsResult,
} from '../connect/connect-link.ts';
import type { SweepStaleConnectionsResult } from '../connect/sweep-stale-connections.ts';
import type { RemoteRuntime } from './remote-runtime.ts';
import { segment } from './rest-client.ts';

/** `router.connect` in remote mode: for a connect page or OAuth callback served by your own app. */
export class RemoteConnectApi implements ConnectApi {
  readonly #remote: () => Promise<RemoteRuntime>;

  constructor(remote: () => Promise<RemoteRuntime>) {
    this.#remote = remote;
  }

  async getLink(linkId: string): Promise<ConnectLink> {
    return (await this.#remote()).client.request('GET', `/connect-links/${segment(linkId)}`);
  }

  async startOAuth(linkId: string): Promise<string> {
    const { client } = await this.#remote();
    const { authorizationUrl } = await client.request<{ authorizationUrl: string }>(
      'POST',
      `/connect-links/${segment(linkId)}/oauth`,
    );
    return authorizationUrl;
  }

  async submitCredentials(
    linkId: string,
    credentials: Record<string, unknown>,
  ): Promise<SubmitCredentialsResult> {
    const { client } = await this.#remote();
    const result = await client.request<SubmitCredentialsResult>(
      'POST',
      `/connect-links/${segment(linkId)}/credentials`,
      { body: { credentials } },
    );
    // JSON has no undefined: put the key back as the embedded answer has it.
    return { ...result, redirectTo: result.redirectTo };
  }

  async sweepStaleConnections(): Promise<SweepStaleConnectionsResult> {
    return (await this.#remote()).client.request('POST', '/connect-links/sweep');
  }

  async handleOAuthCallback(params: OAuthCallbackParams): Promise<OAuthCallbackResult> {
    const { client } = await this.#remote();
    const result = await client.request<OAuthCallbackResult>('POST', '/oauth/callback', {
      body: params ?? {},
    });
    return { ...result, redirectTo: result.redirectTo };
  }
}
