import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { createEchoRouter } from '../test-support/create-echo-router.ts';
import { useEchoApi } from '../test-support/use-echo-api.ts';

const api = useEchoApi({ 'key-alice': 'alice' });

describe('session.ensureConnected input', () => {
  it('a missing or empty toolkit is a ValidationError that names it, and nothing is started', async () => {
    const router = createEchoRouter(api.url);
    const session = await router.create('alice');
    const namesToolkit = (error: unknown) => ValidationError.isInstance(error) && error.field === 'toolkit';
    await expect(session.ensureConnected(undefined as never)).rejects.toSatisfy(namesToolkit);
    await expect(session.ensureConnected('')).rejects.toSatisfy(namesToolkit);
    await expect(session.ensureConnected(42 as never)).rejects.toSatisfy(namesToolkit);
    expect(await router.connectedAccounts.list({ userId: 'alice' })).toEqual([]);
    // A toolkit that needs nothing still answers at once, with or without options.
    expect(await session.ensureConnected('publicecho', undefined)).toEqual({
      toolkit: 'publicecho',
      wasConnected: true,
    });
    await router.close();
  });
});
