import type { AuthScheme } from '@toolrouter/toolkits';
import type { AuthConfig } from '../auth-config/auth-config.ts';
import { readAuthConfigApp } from '../auth-config/auth-configs-api.ts';
import { isNoAuthToolkit } from '../catalog/tool.ts';
import { NoAuthConfigError } from '../errors/no-auth-config-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import { pinnedAccountIds } from '../session-config/session-config.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { isToolkitEnabled } from '../session-config/session-policy.ts';

/** Where a new connection goes: an auth config, and the pinned account when it is a reconnection. */
export interface ConnectionTarget {
  authConfig: AuthConfig;
  scheme: Exclude<AuthScheme, { mode: 'none' }>;
  /** Set when the session pins an account for the toolkit (precedence step 1): that account is reconnected. */
  reconnectAccountId?: string;
  /** The ACTIVE account precedence picks today, if any. */
  activeAccountId?: string;
}

/**
 * The auth config a connection for this session's user should be made on, by DESIGN §4: the
 * pinned account's own auth config (step 1, reconnecting that account), the pinned auth config
 * (2), the default one (3), or the one the router creates from managed auth (4).
 *
 * @throws ValidationError for a no-auth toolkit or one the session does not enable; NoAuthConfigError
 *   when no auth config exists or can be made, or an OAuth auth config has no app.
 */
export async function pickConnectionTarget(
  runtime: RouterRuntime,
  session: SessionIdentity,
  toolkitSlug: string,
): Promise<ConnectionTarget> {
  const toolkit = runtime.catalog.getToolkit(toolkitSlug);
  if (isNoAuthToolkit(toolkit)) {
    throw new ValidationError({
      field: 'toolkit',
      message: `Toolkit '${toolkit.slug}' needs no authentication, so there is nothing to connect: its tools run as they are.`,
    });
  }
  if (!isToolkitEnabled(session.config, toolkit.slug)) {
    throw new ValidationError({
      field: 'toolkit',
      message: `Toolkit '${toolkit.slug}' is not enabled in this session.`,
    });
  }
  const resolution = await resolveConnectedAccount(runtime, {
    userId: session.userId,
    toolkit: toolkit.slug,
    config: session.config,
    allowCreate: true,
  });
  if (resolution.kind === 'no_auth') {
    throw new ValidationError({
      field: 'toolkit',
      message: `Toolkit '${toolkit.slug}' needs no authentication.`,
    });
  }
  const authConfig = resolution.authConfig;
  if (!authConfig) {
    throw new NoAuthConfigError({
      toolkit: toolkit.slug,
      message: `Toolkit '${toolkit.slug}' has no auth config to connect on.`,
    });
  }
  const scheme = toolkit.auth.find((candidate) => candidate.mode === authConfig.mode);
  if (!scheme || scheme.mode === 'none') {
    throw new ValidationError({
      field: 'authConfig',
      message: `Auth config '${authConfig.id}' uses mode '${authConfig.mode}', which toolkit '${toolkit.slug}' does not accept.`,
    });
  }
  if (scheme.mode === 'oauth2' && !(await readAuthConfigApp(runtime, authConfig))?.clientId) {
    throw new NoAuthConfigError({
      toolkit: toolkit.slug,
      message: `Auth config '${authConfig.id}' for '${toolkit.slug}' has no OAuth app. Set its credentials with router.authConfigs.update('${authConfig.id}', { credentials: { clientId, clientSecret } }), or configure managedAuth.${toolkit.slug}.`,
    });
  }
  // One pinned account is reconnected in place; of a pinned set, the one precedence found not ACTIVE.
  const pinned = pinnedAccountIds(session.config, toolkit.slug);
  const reconnectAccountId =
    pinned.length === 1
      ? pinned[0]
      : resolution.kind === 'connection_required' && resolution.step === 1
        ? resolution.accountId
        : undefined;
  return {
    authConfig,
    scheme,
    ...(reconnectAccountId !== undefined ? { reconnectAccountId } : {}),
    ...(resolution.kind === 'account' ? { activeAccountId: resolution.account.id } : {}),
  };
}
