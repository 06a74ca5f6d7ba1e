import type { ManagedAuthApp } from './router-runtime.ts';

/** `TOOLROUTER_GITHUB_CLIENT_ID` + `TOOLROUTER_GITHUB_CLIENT_SECRET` → `{ github: { clientId, clientSecret } }`. */
export function managedAuthFromEnv(env: Record<string, string | undefined>): Record<string, ManagedAuthApp> {
  const apps: Record<string, ManagedAuthApp> = {};
  for (const [key, clientId] of Object.entries(env)) {
    const match = /^TOOLROUTER_([A-Z0-9_]+)_CLIENT_ID$/.exec(key);
    if (!match || !clientId) continue;
    const clientSecret = env[`TOOLROUTER_${match[1]}_CLIENT_SECRET`];
    if (clientSecret) apps[match[1]!.toLowerCase()] = { clientId, clientSecret };
  }
  return apps;
}
