import { defineConfig } from 'vitest/config';

// vitest also hands these conditions to Node as --conditions, where `import` or `module` would make
// CommonJS `require()` calls of dual packages (pg's require('pg-pool')) load their ESM builds; vite
// applies import/require/default by itself, so only the source condition and `node` go here.
const conditions = ['@toolrouter/source', 'node'];

/** Shared vitest settings: resolve workspace packages to their TypeScript sources, no build needed. */
export const sharedConfig = defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
