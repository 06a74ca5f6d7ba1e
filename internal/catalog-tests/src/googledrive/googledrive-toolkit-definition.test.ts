import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { googledrive } from '../../../../packages/toolkits/src/googledrive/googledrive-toolkit.ts';
import { validateToolkit } from '../../../../packages/toolkits/src/toolkit/validate-toolkit.ts';

describe('googledrive toolkit definition', () => {
  it('passes validateToolkit and uses Google OAuth with offline access', () => {
    expect(() => validateToolkit(googledrive)).not.toThrow();
    expect(googledrive.auth[0]).toMatchObject({
      mode: 'oauth2',
      authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      authorizeParams: { access_type: 'offline', prompt: 'consent' },
    });
    expect(googledrive.tools.length).toBeGreaterThanOrEqual(7);
  });

  it.each(googledrive.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has a compiling input schema and tags',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
      expect(tool.slug.startsWith('GOOGLEDRIVE_')).toBe(true);
      expect(Array.isArray(tool.tags)).toBe(true);
      expect(tool.tags?.includes('readOnlyHint') && tool.tags.includes('destructiveHint')).toBe(false);
      expect(tool.description.length).toBeGreaterThan(60);
    },
  );
});
