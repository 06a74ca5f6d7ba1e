import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_ADMIN_KEY_FILE } from './resolve-admin-key.ts';

/** What a running `toolrouter serve` tells other commands started from the same directory. */
export interface ServerState {
  url: string;
  pid: number;
}

/**
 * `server.json` beside the development admin key (`./.toolrouter/server.json`, or next to
 * `TOOLROUTER_API_KEY_FILE`): resolved from the working directory exactly as the server resolves
 * its key and store, so a CLI command run where the server runs finds it.
 */
export function serverStateFile(env: Record<string, string | undefined>): string {
  return join(dirname(env.TOOLROUTER_API_KEY_FILE ?? DEFAULT_ADMIN_KEY_FILE), 'server.json');
}

/** Records the running server's public URL; returns a function that removes the record again. */
export function writeServerState(env: Record<string, string | undefined>, state: ServerState): () => void {
  const file = serverStateFile(env);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(state)}\n`);
  } catch {
    // A read-only directory only costs other commands the URL hint.
    return () => {};
  }
  return () => {
    if (readServerState(env)?.pid === state.pid) rmSync(file, { force: true });
  };
}

/** The URL of a server started from this directory that is still running, if any. */
export function readServerState(env: Record<string, string | undefined>): ServerState | undefined {
  let state: ServerState;
  try {
    state = JSON.parse(readFileSync(serverStateFile(env), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
  if (typeof state.url !== 'string' || !Number.isInteger(state.pid)) return undefined;
  try {
    process.kill(state.pid, 0);
  } catch (error) {
    // EPERM: alive but someone else's.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return state;
}
