import { defineConfig } from 'vitest/config';

/** Shared vitest settings: resolve workspace packages to their TypeScript sources, no build needed. */
export const sharedConfig = defineConfig({
  resolve: { conditions: ['@toolrouter/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@toolrouter/source', 'module', 'node', 'import', 'default'] } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
