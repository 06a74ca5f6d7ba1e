import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The browser app: src/client, built to dist/client, which the chat server serves.
export default defineConfig({
  root: fileURLToPath(new URL('./src/client', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // swr (inside @ai-sdk/react) marks its files 'use client', which only means something to RSC bundlers.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
