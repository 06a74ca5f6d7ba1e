// Every export here is public API; named exports only.

export { openApiDocument } from './api/openapi-document.ts';
export type { CliIo } from './cli/cli-io.ts';
export { mcpClientConfig } from './cli/mcp-client-config.ts';
export { runCli } from './cli/run-cli.ts';
export type { RunningServer, StartServerOptions } from './cli/start-server.ts';
export { startServer } from './cli/start-server.ts';
export { createServer } from './create-server.ts';
export type { McpClientSnippet } from './dashboard/mcp-client-snippets.ts';
export { mcpClientSnippets } from './dashboard/mcp-client-snippets.ts';
export type { Logger } from './logging/create-logger.ts';
export { createLogger } from './logging/create-logger.ts';
export type { CreateServerOptions } from './server-options.ts';
