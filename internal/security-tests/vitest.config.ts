import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

/** One file at a time, so the figures each check prints come out in a readable order. */
export default defineConfig({
  ...sharedConfig,
  test: { ...sharedConfig.test, fileParallelism: false },
});
