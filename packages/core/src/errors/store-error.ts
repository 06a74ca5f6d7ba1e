import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'StoreError';

/** The store cannot be opened or migrated (unreachable, or a schema newer than this code). */
export class StoreError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<StoreError>(name);

  constructor({ message, cause }: ToolRouterErrorOptions & { message: string }) {
    super({ name, code: 'STORE_ERROR', message, cause });
  }
}
