import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import type { SessionConfig } from '../session-config/session-config.ts';
import { checkSessionConfigShape } from './check-session-config-shape.ts';

function failure(config: unknown): { field: string | undefined; message: string } {
  try {
    checkSessionConfigShape(config);
  } catch (error) {
    if (!ValidationError.isInstance(error)) throw error;
    return { field: error.field, message: error.message };
  }
  throw new Error(`accepted ${JSON.stringify(config)}`);
}

describe('checkSessionConfigShape', () => {
  it('accepts every shape the SessionConfig type allows, unchanged', () => {
    const config: SessionConfig = {
      toolkits: { disable: ['gmail'] },
      tools: {
        github: ['GITHUB_GET_REPO'],
        slack: { disable: ['SLACK_X'] },
        echo: { tags: ['readOnlyHint'] },
      },
      tags: { enable: ['readOnlyHint'], disable: ['destructiveHint'] },
      authConfigs: { github: 'ac_1' },
      connectedAccounts: { github: 'ca_1', slack: ['ca_2', 'ca_3'] },
      manageConnections: {
        enable: true,
        callbackUrl: 'https://app.example.com/done',
        waitForConnections: true,
      },
      preload: { tools: 'all' },
      multiAccount: { enable: true, maxAccountsPerToolkit: 3, requireExplicitSelection: false },
      sessionPreset: 'direct_tools',
      metaTools: { search: false, execute: true },
      mcp: true,
    };
    const copy = structuredClone(config);
    expect(checkSessionConfigShape(config)).toEqual(copy);
    expect(
      checkSessionConfigShape({ toolkits: ['github'], tags: ['openWorldHint'], manageConnections: false }),
    ).toEqual({ toolkits: ['github'], tags: ['openWorldHint'], manageConnections: false });
  });

  it.each([
    [
      { toolkit: ['echo'] },
      'toolkit',
      "Unknown session config key 'toolkit'. Allowed keys: toolkits, tools,",
    ],
    [
      { toolkits: { enabled: ['echo'] } },
      'toolkits',
      'toolkits must be an array, { enable: [...] } or { disable: [...] }.',
    ],
    [{ toolkits: { enable: [1] } }, 'toolkits.enable', 'toolkits.enable must list strings.'],
    [{ tags: ['readOnly'] }, 'tags', "tags has unknown tag 'readOnly'; use readOnlyHint, destructiveHint,"],
    [{ tags: { include: [] } }, 'tags.include', 'Unknown key tags.include; use tags.enable or tags.disable.'],
    [{ tools: { echo: { tags: ['bad'] } } }, 'tools.echo.tags', "tools.echo.tags has unknown tag 'bad'"],
    [{ tools: { echo: { tags: [], x: 1 } } }, 'tools.echo.x', 'Unknown key tools.echo.x; allowed: tags.'],
    [
      { tools: { echo: 5 } },
      'tools.echo',
      'tools.echo must be an array, { enable: [...] } or { disable: [...] }.',
    ],
    [{ tools: [] }, 'tools', 'tools must be an object.'],
    [{ authConfigs: { github: '' } }, 'authConfigs.github', 'authConfigs.github must be an id string.'],
    [{ connectedAccounts: { github: ['a', 'a'] } }, 'connectedAccounts.github', 'lists an account twice'],
    [{ connectedAccounts: { github: [] } }, 'connectedAccounts.github', 'a non-empty array of account ids'],
    [
      { manageConnections: { callbackUrl: 'not a url' } },
      'manageConnections.callbackUrl',
      'must be an absolute URL',
    ],
    [
      { manageConnections: { foo: 1 } },
      'manageConnections.foo',
      'allowed: enable, callbackUrl, waitForConnections.',
    ],
    [
      { manageConnections: 'yes' },
      'manageConnections',
      'manageConnections must be true, false or an object.',
    ],
    [{ preload: { tools: 5 } }, 'preload.tools', "preload.tools must be an array of tool slugs, or 'all'."],
    [{ preload: {} }, 'preload.tools', 'preload.tools is required.'],
    [{ multiAccount: { maxAccountsPerToolkit: 11 } }, 'multiAccount.maxAccountsPerToolkit', 'from 2 to 10'],
    [{ multiAccount: { enable: 1 } }, 'multiAccount.enable', 'multiAccount.enable must be true or false.'],
    [{ sessionPreset: 'tools' }, 'sessionPreset', "sessionPreset must be 'default' or 'direct_tools'."],
    [{ metaTools: { workbench: false } }, 'metaTools.workbench', 'allowed: search, execute.'],
    [{ mcp: 'yes' }, 'mcp', 'mcp must be true or false'],
    [[], 'config', 'config must be an object.'],
  ])('refuses %j naming %s', (config, field, message) => {
    const result = failure(config);
    expect(result.field).toBe(field);
    expect(result.message).toContain(message);
  });
});
