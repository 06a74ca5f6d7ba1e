import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseEncryptionKeys, ToolRouter } from '@toolrouter/core';
import {
  type ConnectedAccountRow,
  CredentialCipher,
  connectedAccountAssociatedData,
  type EchoApi,
  startEchoApi,
} from '@toolrouter/core/test';
import {
  ALLOWED_CALLBACK,
  type OAuthTestKit,
  ROUTER_BASE_URL,
  startOAuthTestKit,
} from '@toolrouter/core/test/oauth';
import {
  closedPort,
  dropSchemas,
  newSchemaName,
  TEST_DATABASE_URL,
  withAdminClient,
} from '@toolrouter/postgres/test';
import type { Credentials } from '@toolrouter/toolkits';
import pg from 'pg';
import { instanceOptions } from './instance-config.ts';
import { type Instance, startInstance } from './start-instance.ts';
import { startTokenGate, type TokenGate } from './start-token-gate.ts';

/** The public URL every instance shares, as behind a load balancer; the OAuth clients register `<it>/oauth/callback`. */
export const PUBLIC_URL = ROUTER_BASE_URL;

/** A JSON answer of the REST API. */
export interface RestResponse<T = any> {
  status: number;
  body: T;
}

/** Several `toolrouter serve` processes on one PostgreSQL schema, with the servers they call. */
export interface Cluster {
  instances: Instance[];
  /** This run's schema (dropped by `close`). */
  schema: string;
  /** The run's directory (the SQLite file lives there for a `sqlite` cluster). */
  directory: string;
  /** The environment every instance got. */
  env: Record<string, string>;
  apiKey: string;
  encryptionKey: string;
  /** The authorization server (counts token requests) and the resource server behind `things`. */
  oauth: OAuthTestKit;
  /** What the instances use as the token endpoint: a pass-through to the provider's that can hold requests. */
  tokenGate: TokenGate;
  /** The local API behind `echo` and `notes`; `accounts` maps API keys to labels it answers with. */
  echoApi: EchoApi;
  echoAccounts: Record<string, string>;
  /** Starts one more instance with the same environment (e.g. in place of a killed one). */
  startInstance(name: string): Promise<Instance>;
  /** Calls the REST API of one instance with the admin key. */
  rest<T = any>(instance: Instance, method: string, path: string, body?: unknown): Promise<RestResponse<T>>;
  /** An in-process router on the same schema, keys and toolkits: "an instance" as an SDK user. Closed by `close`. */
  sdkRouter(): ToolRouter;
  /** Runs SQL on this run's schema from outside any instance. */
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Decrypts an account row's credentials with the cluster's key, as only a test may; throws when they do not decrypt. */
  decryptCredentials(row: ConnectedAccountRow): Credentials;
  close(): Promise<void>;
}

/**
 * Starts `size` instances of `toolrouter serve` (in parallel, so their migrations race) against a
 * fresh schema of the test database, with the same admin key, encryption key and public URL, plus
 * a real OAuth 2 server (core's OAuth test kit) and the local echo API. Only loopback traffic.
 *
 * @example
 * const cluster = await startCluster(3);
 * const [a, b, c] = cluster.instances;
 */
export async function startCluster(
  size = 3,
  options: {
    /** `sqlite`: one SQLite file in the run's directory instead of a PostgreSQL schema. */
    store?: 'postgres' | 'sqlite';
    /** More environment for every instance. */
    env?: Record<string, string>;
  } = {},
): Promise<Cluster> {
  const schema = newSchemaName();
  const directory = mkdtempSync(join(tmpdir(), 'toolrouter-cluster-'));
  const sqliteFile = options.store === 'sqlite' ? join(directory, 'toolrouter.db') : undefined;
  const oauth = await startOAuthTestKit();
  const tokenGate = await startTokenGate(oauth.provider.tokenUrl);
  const echoAccounts: Record<string, string> = {};
  const echoApi = await startEchoApi(echoAccounts);
  const apiKey = `trk_${randomBytes(24).toString('base64url')}`;
  const encryptionKey = randomBytes(32).toString('base64');
  const env: Record<string, string> = {
    TOOLROUTER_API_KEY: apiKey,
    TOOLROUTER_ENCRYPTION_KEYS: encryptionKey,
    TOOLROUTER_BASE_URL: PUBLIC_URL,
    TOOLROUTER_DATABASE_URL: sqliteFile ? `sqlite:${sqliteFile}` : TEST_DATABASE_URL,
    TOOLROUTER_DATABASE_SCHEMA: schema,
    TOOLROUTER_ALLOWED_CALLBACK_URLS: ALLOWED_CALLBACK,
    TOOLROUTER_THINGS_CLIENT_ID: oauth.provider.clients.post.clientId,
    TOOLROUTER_THINGS_CLIENT_SECRET: oauth.provider.clients.post.clientSecret,
    TOOLROUTER_SHUTDOWN_GRACE_MS: '2000',
    // The echo API and the OAuth server are on loopback; production refuses that unless told.
    TOOLROUTER_ALLOW_PRIVATE_NETWORK: 'true',
    TEST_ECHO_API_URL: echoApi.url,
    TEST_THINGS_API_URL: oauth.api.url,
    TEST_OAUTH_AUTHORIZATION_URL: oauth.provider.authorizationUrl,
    TEST_OAUTH_TOKEN_URL: tokenGate.url,
    ...options.env,
  };
  const cipher = new CredentialCipher(parseEncryptionKeys([encryptionKey]));
  const routers: ToolRouter[] = [];
  const instances: Instance[] = [];
  const close = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await Promise.all(routers.map((router) => router.close()));
    await echoApi.close();
    await tokenGate.close();
    await oauth.close();
    await withAdminClient((client) => dropSchemas(client, [schema]));
    rmSync(directory, { recursive: true, force: true });
  };

  try {
    const ports = [];
    for (let index = 0; index < size; index++) ports.push(await closedPort());
    const started = await Promise.allSettled(
      ports.map((port, index) =>
        startInstance({ name: String.fromCharCode(65 + index), port, env, cwd: directory }),
      ),
    );
    for (const result of started) if (result.status === 'fulfilled') instances.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    await close();
    throw error;
  }

  return {
    instances,
    schema,
    directory,
    env,
    apiKey,
    encryptionKey,
    oauth,
    tokenGate,
    echoApi,
    echoAccounts,
    async startInstance(name) {
      const instance = await startInstance({ name, port: await closedPort(), env, cwd: directory });
      instances.push(instance);
      return instance;
    },
    async rest(instance, method, path, body) {
      const response = await fetch(`${instance.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    sdkRouter() {
      const router = new ToolRouter({ ...instanceOptions(env), env });
      routers.push(router);
      return router;
    },
    async sql(text, params = []) {
      if (sqliteFile) {
        const database = new DatabaseSync(sqliteFile);
        try {
          database.exec('PRAGMA busy_timeout = 5000');
          const statement = database.prepare(text.replace(/\$(\d+)/g, '?$1'));
          if (/^\s*(SELECT|WITH)\b/i.test(text)) return statement.all(...(params as never[])) as never;
          statement.run(...(params as never[]));
          return [];
        } finally {
          database.close();
        }
      }
      const client = new pg.Client({
        connectionString: TEST_DATABASE_URL,
        options: `-c search_path=${schema}`,
      });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    decryptCredentials(row) {
      if (!row.credentials) throw new Error(`Account ${row.id} holds no credentials.`);
      return cipher.decryptJson(row.credentials, connectedAccountAssociatedData(row.id, row.user_id));
    },
    close,
  };
}
