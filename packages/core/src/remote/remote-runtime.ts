import type { Tool } from '../catalog/tool.ts';
import type { Provider } from '../provider/provider.ts';
import type { RestClient } from './rest-client.ts';

/** What every part of a remote router shares once the server has answered. */
export interface RemoteRuntime {
  client: RestClient;
  /** The server's public URL (or the `baseUrl` option), without a trailing slash. */
  baseUrl: string;
  provider: Provider;
  /**
   * A catalog tool as the server lists it, or undefined when it has none by that slug: the
   * client-side modifiers need a tool's toolkit and schema. Found tools are remembered.
   */
  findTool(slug: string): Promise<Tool | undefined>;
}
