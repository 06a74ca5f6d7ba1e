// Every export here is public API; named exports only.

export { ClaudeAgentSdkProvider } from './provider/claude-agent-sdk-provider.ts';
export type { ClaudeAgentSdkTool } from './provider/claude-agent-sdk-tool.ts';
export type { ToolRouterMcpServerOptions } from './provider/create-tool-router-mcp-server.ts';
export { createToolRouterMcpServer } from './provider/create-tool-router-mcp-server.ts';
