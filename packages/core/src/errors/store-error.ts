import { ToolRouterError } from './tool-router-error.ts';

const name = 'StoreError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/** The store cannot be opened or migrated (unreachable, or a schema newer than this code). */
export class StoreError extends ToolRouterError {
  private readonly [symbol] = true;

  constructor({ message, cause }: { message: string; cause?: unknown }) {
    super({ name, code: 'STORE_ERROR', message: message, cause });
  }

  static override isInstance(error: unknown): error is StoreError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
