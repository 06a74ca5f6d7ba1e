export interface SessionRow {
  id: string;
  user_id: string;
  config: string;
  config_version: number;
  mcp_token: string;
  mcp_token_hash: string;
  created_at: string;
  updated_at: string;
}

export function mcpTokenAssociatedData(sessionId: string): string {
  return `session:${sessionId}:mcp_token`;
}
