import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';

describe('auth config credentials that are not an object', () => {
  it.each([null, 'text', 5, []])(
    'refuses %j with a ValidationError on create and update',
    async (credentials) => {
      const router = createEchoRouter('http://127.0.0.1:9');
      const created = await router.authConfigs
        .create({ toolkit: 'echo', mode: 'api_key', credentials: credentials as never })
        .catch((error: unknown) => error);
      expect(ValidationError.isInstance(created), String(created)).toBe(true);
      const authConfig = await router.authConfigs.create({ toolkit: 'echo', mode: 'api_key' });
      const updated = await router.authConfigs
        .update(authConfig.id, { credentials: credentials as never })
        .catch((error: unknown) => error);
      expect(ValidationError.isInstance(updated), String(updated)).toBe(true);
      await router.close();
    },
  );
});
