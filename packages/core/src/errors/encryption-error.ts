import { ToolRouterError } from './tool-router-error.ts';

const name = 'EncryptionError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** Missing or wrong encryption keys, or a ciphertext that fails authentication (tampered or moved). */
export class EncryptionError extends ToolRouterError {
  private readonly [symbol] = true;

  constructor({ message, cause }: { message: string; cause?: unknown }) {
    super({ name, code: 'ENCRYPTION_ERROR', message: message, cause });
  }

  static override isInstance(error: unknown): error is EncryptionError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
