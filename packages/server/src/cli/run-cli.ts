import { parseArgs } from 'node:util';
import type { CliIo } from './cli-io.ts';
import { keysRotateCommand } from './keys-rotate-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { serveCommand } from './serve-command.ts';
import { sessionsCreateCommand } from './sessions-command.ts';

export const USAGE = `Usage: toolrouter <command> [options]

Commands:
  serve [--port <n>] [--host <h>] [--config <file>]
      Serve the REST API (/api/v1), MCP (/mcp/:sessionId), connect pages and /healthz.
  migrate
      Bring the database schema up to date.
  sessions create --user <id> [--toolkits <a,b>] [--config <file>]
      Create a session and print its MCP URL, headers and a client config to paste.
  keys rotate [--force]
      Re-encrypt every stored secret with the first key of TOOLROUTER_ENCRYPTION_KEYS. Safe order:
      add the new key after the current one on every server, then move it first on every server,
      then run this, then remove the old key. Refuses while no secret is sealed with the new key.

Environment:
  PORT, HOST                   where serve listens (default 8080, 127.0.0.1; 0.0.0.0 in production)
  TOOLROUTER_API_KEY           admin key of the REST API (generated into ./.toolrouter/admin-key in development)
  TOOLROUTER_BASE_URL          public URL of this server (MCP URLs, connect links, OAuth callback)
  TOOLROUTER_ALLOWED_ORIGINS   browser origins allowed to call /mcp, comma-separated
  TOOLROUTER_DATABASE_URL      sqlite:./file.db or postgres://... (default ./.toolrouter/toolrouter.db)
  TOOLROUTER_ENCRYPTION_KEYS   keys for credentials at rest, newest first
  TOOLROUTER_CONFIG            a module default-exporting router options (same as --config)`;

/**
 * Runs one `toolrouter` command and resolves to the process exit code: 0 done, 1 failed, 2 bad
 * usage. Errors are printed as one line, never with a stack trace.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, subcommand] = argv;
  try {
    switch (command) {
      case 'serve': {
        const { values } = parseArgs({
          args: argv.slice(1),
          options: { port: { type: 'string' }, host: { type: 'string' }, config: { type: 'string' } },
        });
        const port = values.port === undefined ? undefined : Number(values.port);
        if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
          io.stderr(`toolrouter serve: --port must be a port number, not '${values.port}'.`);
          return 2;
        }
        return await serveCommand(io, {
          ...(port !== undefined ? { port } : {}),
          ...(values.host ? { host: values.host } : {}),
          ...(values.config ? { config: values.config } : {}),
        });
      }
      case 'migrate':
        parseArgs({ args: argv.slice(1), options: {} });
        return await migrateCommand(io);
      case 'sessions': {
        if (subcommand !== 'create') break;
        const { values } = parseArgs({
          args: argv.slice(2),
          options: { user: { type: 'string' }, toolkits: { type: 'string' }, config: { type: 'string' } },
        });
        return await sessionsCreateCommand(io, values);
      }
      case 'keys':
        if (subcommand !== 'rotate') break;
        return await keysRotateCommand(io, {
          force:
            parseArgs({ args: argv.slice(2), options: { force: { type: 'boolean' } } }).values.force === true,
        });
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`toolrouter ${[command, subcommand].filter(Boolean).join(' ')}: ${message}`);
    return (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
  io.stderr(`toolrouter: unknown command '${argv.join(' ')}'.\n\n${USAGE}`);
  return 2;
}
