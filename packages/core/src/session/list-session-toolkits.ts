import type { AuthMode } from '@toolrouter/toolkits';
import type { AuthConfig } from '../auth-config/auth-config.ts';
import { isNoAuthToolkit } from '../catalog/tool.ts';
import type { ConnectedAccountStatus } from '../connected-account/connected-account.ts';
import type { ConnectedAccountRow } from '../connected-account/connected-account-row.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { LATEST_ACCOUNT_ON_AUTH_CONFIG } from '../precedence/account-lookup-queries.ts';
import { resolveConnectedAccount } from '../precedence/resolve-connected-account.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';
import { isToolkitEnabled } from '../session-config/session-policy.ts';

export interface SessionToolkitsQuery {
  /** Only these toolkits (each must be enabled in the session). */
  toolkits?: string[];
  /** Case-insensitive match on slug and name. */
  search?: string;
  isConnected?: boolean;
  cursor?: string;
  /** Page size: default 20, at most 50. */
  limit?: number;
}

export interface SessionToolkit {
  slug: string;
  name: string;
  logo?: string;
  isNoAuth: boolean;
  connection?: {
    isActive: boolean;
    authConfig?: { id: string; mode: AuthMode; isManaged: boolean };
    connectedAccount?: { id: string; status: ConnectedAccountStatus };
  };
}

export interface SessionToolkitsPage {
  items: SessionToolkit[];
  nextCursor: string | null;
  totalPages: number;
}

/** The toolkits a session allows, with this user's connection state, one page at a time. */
export async function listSessionToolkits(
  runtime: RouterRuntime,
  session: SessionIdentity,
  query: SessionToolkitsQuery = {},
): Promise<SessionToolkitsPage> {
  const limit = query.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    throw new ValidationError({ field: 'limit', message: 'limit must be an integer from 1 to 50.' });
  }
  const offset = query.cursor ? decodeOffset(query.cursor) : 0;
  let slugs = runtime.catalog.toolkitSlugs().filter((slug) => isToolkitEnabled(session.config, slug));
  if (query.toolkits) {
    for (const slug of query.toolkits) {
      if (!slugs.includes(slug)) {
        throw new ValidationError({
          field: 'toolkits',
          message: `Toolkit '${slug}' is not enabled in this session.`,
        });
      }
    }
    slugs = slugs.filter((slug) => query.toolkits!.includes(slug));
  }
  if (query.search) {
    const needle = query.search.toLowerCase();
    slugs = slugs.filter((slug) =>
      `${slug} ${runtime.catalog.getToolkit(slug).name}`.toLowerCase().includes(needle),
    );
  }
  const needsState = query.isConnected !== undefined;
  let items: SessionToolkit[] = [];
  if (needsState) {
    for (const slug of slugs) items.push(await describeSessionToolkit(runtime, session, slug));
    items = items.filter(
      (item) => (item.isNoAuth || item.connection?.isActive === true) === query.isConnected,
    );
  }
  const total = needsState ? items.length : slugs.length;
  const page = needsState
    ? items.slice(offset, offset + limit)
    : await Promise.all(
        slugs.slice(offset, offset + limit).map((slug) => describeSessionToolkit(runtime, session, slug)),
      );
  return {
    items: page,
    nextCursor: offset + limit < total ? encodeOffset(offset + limit) : null,
    totalPages: Math.max(1, Math.ceil(total / limit)),
  };
}

export async function describeSessionToolkit(
  runtime: RouterRuntime,
  session: SessionIdentity,
  slug: string,
): Promise<SessionToolkit> {
  const toolkit = runtime.catalog.getToolkit(slug);
  const base = { slug, name: toolkit.name, ...(toolkit.logo ? { logo: toolkit.logo } : {}) };
  if (isNoAuthToolkit(toolkit)) return { ...base, isNoAuth: true };
  let resolution: Awaited<ReturnType<typeof resolveConnectedAccount>>;
  try {
    resolution = await resolveConnectedAccount(runtime, {
      userId: session.userId,
      toolkit: slug,
      config: session.config,
      allowCreate: false,
    });
  } catch {
    // No auth config and none can be made: not connected, nothing to show.
    return { ...base, isNoAuth: false, connection: { isActive: false } };
  }
  if (resolution.kind === 'account') {
    const { authConfig, account } = resolution;
    return {
      ...base,
      isNoAuth: false,
      connection: {
        isActive: true,
        authConfig: authConfigSummary(authConfig),
        connectedAccount: { id: account.id, status: account.status as ConnectedAccountStatus },
      },
    };
  }
  if (resolution.kind === 'connection_required' && resolution.authConfig) {
    const { authConfig } = resolution;
    const [latest] = await runtime.store.query<ConnectedAccountRow>(LATEST_ACCOUNT_ON_AUTH_CONFIG, [
      session.userId,
      authConfig.id,
    ]);
    return {
      ...base,
      isNoAuth: false,
      connection: {
        isActive: false,
        authConfig: authConfigSummary(authConfig),
        ...(latest
          ? { connectedAccount: { id: latest.id, status: latest.status as ConnectedAccountStatus } }
          : {}),
      },
    };
  }
  return { ...base, isNoAuth: false, connection: { isActive: false } };
}

function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new ValidationError({ field: 'cursor', message: 'cursor is not a nextCursor this API returned.' });
  return Number(match[1]);
}

/** The auth config as a toolkit listing shows it. */
function authConfigSummary({
  id,
  mode,
  isManaged,
}: AuthConfig): Pick<AuthConfig, 'id' | 'mode' | 'isManaged'> {
  return { id, mode, isManaged };
}
