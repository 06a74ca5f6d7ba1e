import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'EncryptionError';

/** Missing or wrong encryption keys, or a ciphertext that fails authentication (tampered or moved). */
export class EncryptionError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<EncryptionError>(name);

  constructor({ message, cause }: ToolRouterErrorOptions & { message: string }) {
    super({ name, code: 'ENCRYPTION_ERROR', message, cause });
  }
}
