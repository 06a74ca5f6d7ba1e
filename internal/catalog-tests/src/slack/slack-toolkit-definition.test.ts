import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SLACK_USER_SCOPES, slack } from '../../../../packages/toolkits/src/slack/slack-toolkit.ts';
import { validateToolkit } from '../../../../packages/toolkits/src/toolkit/validate-toolkit.ts';

describe('slack toolkit definition', () => {
  it('passes validateToolkit and asks Slack OAuth v2 for a user token', () => {
    expect(() => validateToolkit(slack)).not.toThrow();
    expect(slack.auth[0]).toMatchObject({
      mode: 'oauth2',
      authorizationUrl: 'https://slack.com/oauth/v2/authorize',
      tokenUrl: 'https://slack.com/api/oauth.v2.access',
      scopeSeparator: ',',
      tokenResponsePath: 'authed_user',
      authorizeParams: { user_scope: SLACK_USER_SCOPES.join(',') },
    });
    expect(SLACK_USER_SCOPES).toContain('search:read');
    expect(slack.tools.length).toBeGreaterThanOrEqual(6);
  });

  it.each(slack.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has a compiling input schema and tags',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
      expect(tool.slug.startsWith('SLACK_')).toBe(true);
      expect(Array.isArray(tool.tags)).toBe(true);
      expect(tool.tags?.includes('readOnlyHint') && tool.tags.includes('destructiveHint')).toBe(false);
      expect(tool.description.length).toBeGreaterThan(60);
    },
  );
});
