import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

/** The browser suites drive the Chromium that `@internal/browser`'s global setup finds or brings. */
export default defineConfig({
  ...sharedConfig,
  test: { ...sharedConfig.test, globalSetup: ['@internal/browser/global-setup'] },
});
