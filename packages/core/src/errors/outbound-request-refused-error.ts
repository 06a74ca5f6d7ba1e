import { ToolRouterError } from './tool-router-error.ts';

const name = 'OutboundRequestRefusedError';
const marker = `toolrouter.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * The outbound URL policy refused a request before any connection was made: the address it names
 * or resolves to is a cloud metadata, link-local or reserved address (always refused), or a
 * loopback or private one while `allowPrivateNetwork` is off. `address` is what was refused.
 */
export class OutboundRequestRefusedError extends ToolRouterError {
  private readonly [symbol] = true;
  /** The host or resolved address that was refused, e.g. `169.254.169.254`. */
  readonly address: string;
  /** `metadata`, `reserved`, `loopback`, `private` or `scheme`. */
  readonly reason: string;

  constructor({
    address,
    reason,
    message,
    cause,
  }: {
    address: string;
    reason: string;
    message: string;
    cause?: unknown;
  }) {
    super({ name, code: 'OUTBOUND_REQUEST_REFUSED', message, cause });
    this.address = address;
    this.reason = reason;
  }

  static override isInstance(error: unknown): error is OutboundRequestRefusedError {
    return ToolRouterError.hasMarker(error, marker);
  }
}
