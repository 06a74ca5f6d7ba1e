import { describe, expect, it } from 'vitest';
import { cleanGithubDescription } from './clean-github-description.ts';

describe('cleanGithubDescription', () => {
  it('drops the custom media type section and its list', () => {
    const markdown =
      'Gets a file.\n\nThis endpoint supports the following custom media types. For more information, see "[Media types](https://d.example)."\n\n' +
      '- **`application/vnd.github.raw+json`**: Raw.\n- **`application/vnd.github.html+json`**: HTML.\n\nIf the content is a directory, you get an array.';
    expect(cleanGithubDescription(markdown)).toBe(
      'Gets a file.\n\nIf the content is a directory, you get an array.',
    );
  });

  it('drops "For more information, see" sentences and keeps the rest of the paragraph', () => {
    expect(
      cleanGithubDescription(
        'Creates an issue. For more information, see "[Rate limits](https://d.example/rate)" and "[Best practices](https://d.example/b)." Then it returns.',
      ),
    ).toBe('Creates an issue. Then it returns.');
    expect(
      cleanGithubDescription(
        'Lists teams. For more information about teams, see [GitHub products](https://d.example) in the docs.',
      ),
    ).toBe('Lists teams.');
  });

  it('leaves other text alone', () => {
    expect(cleanGithubDescription('OAuth app tokens need the `repo` scope.')).toBe(
      'OAuth app tokens need the `repo` scope.',
    );
  });
});
