import { OutboundRequestRefusedError } from '../errors/outbound-request-refused-error.ts';
import { checkOutboundAddress, type OutboundPolicy } from './outbound-policy.ts';

/**
 * Checks a URL before any DNS lookup: http or https only, and its host (an IP literal in any
 * spelling the URL parser accepts, or a known metadata name) allowed by `policy`. Names that
 * resolve to a refused address are caught again when the connection is made.
 *
 * @throws OutboundRequestRefusedError
 * @example
 * assertOutboundUrl(new URL('http://[64:ff9b::a9fe:a9fe]/'), { allowPrivateNetwork: true }); // throws
 */
export function assertOutboundUrl(url: URL, policy: OutboundPolicy): void {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OutboundRequestRefusedError({
      address: url.protocol,
      reason: 'scheme',
      message: `Refused to call a ${url.protocol} URL: only http and https URLs are called.`,
    });
  }
  checkOutboundAddress(url.hostname, policy, url.host);
}
