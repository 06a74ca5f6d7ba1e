import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// The generator's own tests sit next to it, outside src/ (it is not published).
export default mergeConfig(sharedConfig, {
  test: { include: ['src/**/*.test.ts', 'generator/**/*.test.ts'] },
});
