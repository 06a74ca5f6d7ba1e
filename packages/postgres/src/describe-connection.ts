/**
 * Where a connection goes, for error messages: `host:port/database as user`, read from the
 * connection string or pool config and the PG* environment variables pg falls back to. Never the
 * password.
 */
export function describeConnection(config: {
  connectionString?: string | undefined;
  host?: string | undefined;
  port?: number | string | undefined;
  database?: string | undefined;
  user?: string | undefined;
}): string {
  let { host, port, database, user } = config;
  if (config.connectionString) {
    try {
      const url = new URL(config.connectionString);
      host =
        url.searchParams.get('host') ?? (url.hostname ? decodeURIComponent(url.hostname) : undefined) ?? host;
      port = url.port || url.searchParams.get('port') || port;
      database = decodeURIComponent(url.pathname.replace(/^\//, '')) || database;
      user = decodeURIComponent(url.username) || user;
    } catch {
      // Not a URL (a libpq key=value string): fall back to the defaults below.
    }
  }
  host ||= process.env.PGHOST || 'localhost';
  port ||= process.env.PGPORT || 5432;
  user ||= process.env.PGUSER || process.env.USER || 'postgres';
  database ||= process.env.PGDATABASE || user;
  return `${host}:${port}/${database} as user ${user}`;
}
