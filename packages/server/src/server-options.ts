/** Options of `createServer`; every one has an environment default. */
export interface CreateServerOptions {
  /** Admin key for `/api/v1` (`Authorization: Bearer <key>`). Default `TOOLROUTER_API_KEY`; without one the REST API refuses every call. */
  apiKey?: string;
  /** Public URL of this server, as the router's `baseUrl`. Default `TOOLROUTER_BASE_URL` or `http://localhost:8080`. Its origin may always post to the connect pages and call MCP. */
  baseUrl?: string;
  /** Further browser origins allowed to call `/mcp` (e.g. a web MCP client). Default `TOOLROUTER_ALLOWED_ORIGINS` (comma-separated). */
  allowedOrigins?: string[];
  /**
   * Further `Host` header values REST and MCP answer to, besides the base URL's host: `host:port`,
   * or a bare `host` for any port (an internal address behind a load balancer). Anything else gets
   * 421. Default `TOOLROUTER_ALLOWED_HOSTS` (comma-separated).
   */
  allowedHosts?: string[];
  /** Largest JSON body of the REST API, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Largest MCP request body, in bytes. Default 1 MiB. */
  maxMcpBodyBytes?: number;
  /** Receives unexpected errors (the ones answered with a bare 500). Default `console.error`. */
  onError?: (error: unknown) => void;
  /** Environment to read the defaults from. Default `process.env`. */
  env?: Record<string, string | undefined>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
