import { createHash } from 'node:crypto';

const READABLE = /^[A-Za-z0-9_.:-]+$/;
/** PostgreSQL identifiers (LISTEN channels) keep 63 bytes and silently cut the rest. */
const MAX_IDENTIFIER_BYTES = 63;

/**
 * The NOTIFY channel for a store channel: `prefix` + `channel` when that is short and plain,
 * otherwise `toolrouter_` + a hash of it, so every name fits PostgreSQL's 63-byte identifiers and
 * two different channels never share one.
 *
 * @example
 * channelName('connection:ca_1', 'tenant_a:'); // 'tenant_a:connection:ca_1'
 */
export function channelName(channel: string, prefix = ''): string {
  const name = `${prefix}${channel}`;
  if (READABLE.test(name) && Buffer.byteLength(name) <= MAX_IDENTIFIER_BYTES) return name;
  return `toolrouter_${createHash('sha256').update(name).digest('hex').slice(0, 40)}`;
}

/** A quoted identifier for LISTEN and UNLISTEN. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
