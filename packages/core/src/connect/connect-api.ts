import { createHash, randomBytes } from 'node:crypto';
import { readAuthConfigApp } from '../auth-config/auth-configs-api.ts';
import { checkCredentials } from '../connected-account/check-credentials.ts';
import { checkTypedCredentials } from '../connected-account/connected-accounts-api.ts';
import { validateAccountCredentials } from '../connected-account/validate-account-credentials.ts';
import { ConnectLinkNotFoundError } from '../errors/connect-link-not-found-error.ts';
import { ConnectLinkUsedError } from '../errors/connect-link-used-error.ts';
import { NoAuthConfigError } from '../errors/no-auth-config-error.ts';
import { OAuthStateError } from '../errors/oauth-state-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { buildAuthorizationUrl } from '../oauth/build-authorization-url.ts';
import { createPkcePair } from '../oauth/create-pkce-pair.ts';
import { assertOutboundUrl } from '../outbound/assert-outbound-url.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { publishAccountChanges } from '../store/connected-account-events.ts';
import { callbackRedirect } from './callback-redirect.ts';
import type {
  ConnectLink,
  OAuthCallbackParams,
  OAuthCallbackResult,
  SubmitCredentialsResult,
} from './connect-link.ts';
import {
  assertConnectLinkBrowser,
  bindConnectLinkBrowser,
  type ConnectBrowserOptions,
} from './connect-link-browser.ts';
import { connectLinkFields } from './connect-link-fields.ts';
import { connectLinkAssociatedData } from './connect-link-row.ts';
import { exchangeAuthorizationCode } from './exchange-authorization-code.ts';
import { activateConnection, failConnection, storeActiveConnection } from './finish-connection.ts';
import {
  assertPendingLink,
  claimConnectLink,
  connectLinkStatus,
  type LoadedConnectLink,
  loadConnectLink,
  markConnectLinkUsed,
  refuseUnclaimedLink,
} from './read-connect-link.ts';
import { type SweepStaleConnectionsResult, sweepStaleConnections } from './sweep-stale-connections.ts';

/**
 * `router.connect`: what the hosted connect page and the OAuth callback of `@toolrouter/server`
 * call. A link (`lnk_...`, from `session.authorize`) is single use and lives 10 minutes.
 *
 * @example
 * const link = await router.connect.getLink(linkId, { browser });   // render the page; binds the link to this browser
 * const url = await router.connect.startOAuth(linkId);            // 302 to the provider
 * const done = await router.connect.handleOAuthCallback(Object.fromEntries(callbackUrl.searchParams));
 * if (done.redirectTo) return Response.redirect(done.redirectTo, 302);
 */
export interface ConnectApi {
  /** What the connect page shows: toolkit, mode, form fields and the link's status. */
  getLink(linkId: string, options?: ConnectBrowserOptions): Promise<ConnectLink>;
  /** The provider's authorization URL for an OAuth link (fresh state, PKCE). */
  startOAuth(linkId: string, options?: ConnectBrowserOptions): Promise<string>;
  /** The connect form's answer for API key, bearer and basic links. */
  submitCredentials(
    linkId: string,
    credentials: Record<string, unknown>,
    options?: ConnectBrowserOptions,
  ): Promise<SubmitCredentialsResult>;
  /** The provider's redirect to `<baseUrl>/oauth/callback`. */
  handleOAuthCallback(
    params: OAuthCallbackParams,
    options?: ConnectBrowserOptions,
  ): Promise<OAuthCallbackResult>;
  /** Ends connections whose instance died between using up their link and activating the account. */
  sweepStaleConnections(): Promise<SweepStaleConnectionsResult>;
}

/** `ConnectApi` over the router's own store (embedded mode). */
export class LocalConnectApi implements ConnectApi {
  readonly #runtime: () => Promise<RouterRuntime>;

  constructor(runtime: () => Promise<RouterRuntime>) {
    this.#runtime = runtime;
  }

  /** What the connect page shows: toolkit, mode, the form fields (API key, token, basic) and the link's status. */
  async getLink(linkId: string, options: ConnectBrowserOptions = {}): Promise<ConnectLink> {
    const runtime = await this.#runtime();
    const { link, toolkit, scheme } = await this.#load(runtime, linkId);
    // The first browser that opens a pending link owns it; a used or expired one only shows its status.
    if (connectLinkStatus(link, runtime.now()) === 'pending') {
      await bindConnectLinkBrowser(runtime, link, options.browser);
    }
    return {
      id: link.id,
      toolkit: toolkit.slug,
      toolkitName: toolkit.name,
      ...(toolkit.logo ? { logo: toolkit.logo } : {}),
      mode: scheme.mode,
      fields: connectLinkFields(scheme.mode),
      ...(toolkit.connectHelp ? { help: toolkit.connectHelp } : {}),
      status: connectLinkStatus(link, runtime.now()),
      expiresAt: link.expires_at,
    };
  }

  /**
   * The provider's authorization URL for an OAuth link: a fresh state (256 random bits, stored
   * hashed, bound to this link, single use), PKCE S256 unless the scheme turns it off, and the exact
   * redirect URI `<baseUrl>/oauth/callback`. Calling it again (a reload) replaces the state.
   */
  async startOAuth(linkId: string, options: ConnectBrowserOptions = {}): Promise<string> {
    const runtime = await this.#runtime();
    const { link, authConfig, toolkit, scheme } = await this.#load(runtime, linkId);
    await assertPendingLink(runtime, link);
    assertConnectLinkBrowser(link, options.browser);
    if (scheme.mode !== 'oauth2') {
      throw new ValidationError({
        field: 'linkId',
        message: `Connect link '${link.id}' is for ${scheme.mode} credentials, not OAuth: submit the form instead.`,
      });
    }
    const app = await readAuthConfigApp(runtime, authConfig);
    if (!app?.clientId) {
      throw new NoAuthConfigError({
        toolkit: toolkit.slug,
        message: `Auth config '${authConfig.id}' for '${toolkit.slug}' has no OAuth app (clientId).`,
      });
    }
    // The user's browser goes there: not to a metadata, link-local or (in production) private address.
    assertOutboundUrl(new URL(scheme.authorizationUrl), runtime.outboundPolicy);
    const state = randomBytes(32).toString('base64url');
    const pkce = scheme.pkce === false ? undefined : createPkcePair();
    const updated = await runtime.store.execute(
      'UPDATE connect_links SET state_hash = ?, pkce_verifier = ? WHERE id = ? AND used_at IS NULL',
      [
        hashState(state),
        pkce ? runtime.cipher.encrypt(pkce.verifier, connectLinkAssociatedData(link.id)) : null,
        link.id,
      ],
    );
    if (updated !== 1)
      throw new ConnectLinkUsedError({ linkId: link.id, connectedAccountId: link.connected_account_id });
    return buildAuthorizationUrl({
      scheme,
      clientId: app.clientId,
      redirectUri: oauthRedirectUri(runtime),
      scopes: authConfig.scopes.length > 0 ? authConfig.scopes : (scheme.scopes ?? []),
      state,
      ...(pkce ? { codeChallenge: pkce.challenge } : {}),
    });
  }

  /**
   * The connect form's answer for API key, bearer and basic links: checks the fields, sends the
   * toolkit's check request (CredentialsRejectedError, the link still pending, when it fails), then
   * in one store transaction uses up the link and makes the account ACTIVE with them (encrypted)
   * and the identity the check answered as its label. Other keys than the form's are dropped.
   */
  async submitCredentials(
    linkId: string,
    credentials: Record<string, unknown>,
    options: ConnectBrowserOptions = {},
  ): Promise<SubmitCredentialsResult> {
    const runtime = await this.#runtime();
    const { link, scheme, authConfig } = await this.#load(runtime, linkId);
    await assertPendingLink(runtime, link);
    assertConnectLinkBrowser(link, options.browser);
    if (scheme.mode === 'oauth2') {
      throw new ValidationError({
        field: 'linkId',
        message: `Connect link '${link.id}' connects with OAuth: start it with startOAuth instead of a form.`,
      });
    }
    const fields = connectLinkFields(scheme.mode);
    const submitted = Object.fromEntries(
      fields.map((field) => {
        const value = credentials?.[field.name];
        return [field.name, typeof value === 'string' && field.name !== 'password' ? value.trim() : value];
      }),
    );
    const valid = validateAccountCredentials(scheme.mode, submitted);
    // The toolkit's check request before anything is stored: wrong credentials leave the link
    // pending (the user can correct them) and the accounts as they were.
    const { label } = await checkTypedCredentials(runtime, authConfig, valid);
    // One transaction: a crash (or a failed write) leaves the link pending and the account as it
    // was, never a used link in front of an account that is still waiting.
    const claimed = await runtime.store.transaction(async (transaction) => {
      if (!(await markConnectLinkUsed(transaction, link.id, runtime.now().toISOString()))) return false;
      await storeActiveConnection(runtime, transaction, link, valid, label);
      return true;
    });
    if (!claimed) await refuseUnclaimedLink(runtime, link);
    await publishAccountChanges(runtime, [link.connected_account_id]);
    return {
      connectedAccountId: link.connected_account_id,
      redirectTo: callbackRedirect(link.callback_url, link.connected_account_id, 'success'),
    };
  }

  /**
   * The provider's redirect to `<baseUrl>/oauth/callback`: finds the link by its state, uses it up,
   * exchanges the code (with the PKCE verifier) and stores the tokens encrypted, making the account
   * ACTIVE. A denial (`error=access_denied`) or a failed exchange makes the account FAILED with a
   * readable reason and is returned, not thrown, so the user can be sent back. The exchange cannot
   * share a transaction with the link; if this instance dies during it, the account is settled
   * FAILED once `CONNECTION_FINISH_GRACE_MS` has passed (see `sweepStaleConnections`).
   *
   * @throws OAuthStateError (no or unknown state), ConnectLinkUsedError (replayed state),
   *   ConnectLinkExpiredError (too late).
   */
  async handleOAuthCallback(
    params: OAuthCallbackParams,
    options: ConnectBrowserOptions = {},
  ): Promise<OAuthCallbackResult> {
    const runtime = await this.#runtime();
    const state = typeof params?.state === 'string' ? params.state : '';
    if (state === '')
      throw new OAuthStateError({
        message: 'The OAuth callback has no state parameter. Open the connect link again to start over.',
      });
    const loaded = await loadConnectLink(runtime, { stateHash: hashState(state) });
    if (!loaded) throw new OAuthStateError();
    const { link, toolkit } = loaded;
    await assertPendingLink(runtime, link);
    // Checked before the link is used up: a stolen state in another browser leaves the flow intact.
    assertConnectLinkBrowser(link, options.browser);
    await claimConnectLink(runtime, link);
    const failed = async (reason: string): Promise<OAuthCallbackResult> => {
      await failConnection(runtime, link, reason);
      return {
        connectedAccountId: link.connected_account_id,
        status: 'FAILED',
        redirectTo: callbackRedirect(link.callback_url, link.connected_account_id, 'failed'),
        error: reason,
      };
    };
    if (typeof params.error === 'string' && params.error !== '') {
      const description =
        typeof params.error_description === 'string' ? params.error_description.slice(0, 300) : '';
      return failed(
        params.error === 'access_denied'
          ? `The user denied access at ${toolkit.name} (access_denied${description ? `: ${description}` : ''}).`
          : `${toolkit.name} returned an error instead of an authorization code (${params.error.slice(0, 100)}${description ? `: ${description}` : ''}).`,
      );
    }
    if (typeof params.code !== 'string' || params.code === '') {
      return failed(`${toolkit.name} returned neither an authorization code nor an error.`);
    }
    const exchanged = await exchangeAuthorizationCode(
      runtime,
      loaded,
      params.code,
      oauthRedirectUri(runtime),
    );
    if (!exchanged.ok) return failed(exchanged.reason);
    // Who the account is (GitHub login, Slack workspace), for agents choosing among accounts; the
    // token came from the provider, so a check that fails only leaves the label empty.
    const identity = await checkCredentials(runtime, toolkit, loaded.scheme, exchanged.credentials).catch(
      () => ({ label: null }),
    );
    await activateConnection(runtime, link, exchanged.credentials, identity.label);
    return {
      connectedAccountId: link.connected_account_id,
      status: 'ACTIVE',
      redirectTo: callbackRedirect(link.callback_url, link.connected_account_id, 'success'),
    };
  }

  /**
   * Settles connections that can no longer finish: an INITIATED account whose link was used up more
   * than `CONNECTION_FINISH_GRACE_MS` (2 minutes) ago (the instance handling its OAuth callback died
   * during the code exchange) becomes FAILED, one whose link expired unused that long ago becomes
   * EXPIRED, and their waiters are told. Waits and new links already settle the accounts
   * they touch; `toolrouter serve` runs this every minute so lists show it too. Safe to run on
   * several instances at once.
   *
   * @example
   * const { failed, expired } = await router.connect.sweepStaleConnections();
   */
  async sweepStaleConnections(): Promise<SweepStaleConnectionsResult> {
    return sweepStaleConnections(await this.#runtime());
  }

  async #load(runtime: RouterRuntime, linkId: string): Promise<LoadedConnectLink> {
    if (typeof linkId !== 'string' || linkId === '') {
      throw new ValidationError({ field: 'linkId', message: 'linkId (an lnk_... id) is required.' });
    }
    const loaded = await loadConnectLink(runtime, { id: linkId });
    if (!loaded) throw new ConnectLinkNotFoundError({ linkId });
    return loaded;
  }
}

/** The one redirect URI every OAuth app registers: `<baseUrl>/oauth/callback`. */
export function oauthRedirectUri(runtime: RouterRuntime): string {
  return `${runtime.baseUrl}/oauth/callback`;
}

function hashState(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}
