import { ValidationError } from '../errors/validation-error.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

/**
 * The router's outbound policy from `allowPrivateNetwork`, else `TOOLROUTER_ALLOW_PRIVATE_NETWORK`,
 * else "allowed unless NODE_ENV=production". When allowed only by that default, the first call to
 * a loopback or private address is announced once through `warn`.
 *
 * @example
 * resolveOutboundPolicy({}, { NODE_ENV: 'production' }, console.warn); // { allowPrivateNetwork: false }
 */
export function resolveOutboundPolicy(
  options: { allowPrivateNetwork?: boolean },
  env: Record<string, string | undefined>,
  warn: (message: string) => void,
): OutboundPolicy {
  if (options.allowPrivateNetwork !== undefined) return { allowPrivateNetwork: options.allowPrivateNetwork };
  const fromEnv = env.TOOLROUTER_ALLOW_PRIVATE_NETWORK?.trim().toLowerCase();
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!['true', 'false', '1', '0', 'yes', 'no'].includes(fromEnv)) {
      throw new ValidationError({
        field: 'TOOLROUTER_ALLOW_PRIVATE_NETWORK',
        message: `TOOLROUTER_ALLOW_PRIVATE_NETWORK must be true or false, not '${fromEnv}'.`,
      });
    }
    return { allowPrivateNetwork: ['true', '1', 'yes'].includes(fromEnv) };
  }
  if (env.NODE_ENV === 'production') return { allowPrivateNetwork: false };
  let warned = false;
  return {
    allowPrivateNetwork: true,
    onPrivateNetwork(address) {
      if (warned) return;
      warned = true;
      warn(
        `toolrouter: calling ${address}, a loopback or private address. This is allowed because NODE_ENV is not 'production'; in production it is refused unless allowPrivateNetwork (TOOLROUTER_ALLOW_PRIVATE_NETWORK=true) is set.`,
      );
    },
  };
}
