import { ToolRouterError, type ToolRouterErrorOptions } from './tool-router-error.ts';

const name = 'OutboundRequestRefusedError';

/**
 * The outbound URL policy refused a request before any connection was made: the address it names
 * or resolves to is a cloud metadata, link-local or reserved address (always refused), or a
 * loopback or private one while `allowPrivateNetwork` is off. `address` is what was refused.
 */
export class OutboundRequestRefusedError extends ToolRouterError<typeof name> {
  static override readonly isInstance = ToolRouterError.guard<OutboundRequestRefusedError>(name);
  /** The host or resolved address that was refused, e.g. `169.254.169.254`. */
  declare readonly address: string;
  /** `metadata`, `reserved`, `loopback`, `private` or `scheme`. */
  declare readonly reason: string;

  constructor(options: ToolRouterErrorOptions & { address: string; reason: string; message: string }) {
    const { address, reason, message, cause } = options;
    super({ name, code: 'OUTBOUND_REQUEST_REFUSED', message, cause, fields: { address, reason } });
  }
}
