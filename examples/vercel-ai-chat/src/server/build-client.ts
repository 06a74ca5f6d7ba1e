import { fileURLToPath } from 'node:url';

/** Where `pnpm start` puts the built browser app. */
export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** Builds the React app (src/client) with Vite into `outDir`. */
export async function buildClient(outDir = DEFAULT_CLIENT_DIR): Promise<string> {
  const { build } = await import('vite');
  // Vite sets NODE_ENV=production in this process when it was unset; the router would then demand
  // production settings (an encryption key) from a development run. Put it back afterwards.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
