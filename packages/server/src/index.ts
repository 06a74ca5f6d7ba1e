// Every export here is public API; named exports only.
export { createServer } from './create-server.ts';
export type { CreateServerOptions } from './server-options.ts';
