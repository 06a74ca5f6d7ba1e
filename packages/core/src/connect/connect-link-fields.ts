import type { AuthMode } from '@toolrouter/toolkits';
import type { ConnectLinkField } from './connect-link.ts';

/** The form fields of each self-serve auth mode; OAuth has none. */
export function connectLinkFields(mode: AuthMode): ConnectLinkField[] {
  switch (mode) {
    case 'api_key':
      return [{ name: 'apiKey', label: 'API key', secret: true }];
    case 'bearer':
      return [{ name: 'token', label: 'Access token', secret: true }];
    case 'basic':
      return [
        { name: 'username', label: 'Username', secret: false },
        { name: 'password', label: 'Password', secret: true },
      ];
    default:
      return [];
  }
}
