/**
 * Drops the parts of GitHub's operation descriptions that do not help a model call the tool: the list
 * of custom media types (the toolkit always sends `application/vnd.github+json`) and the "For more
 * information, see [link]" sentences whose link the plain-text description cannot keep.
 *
 * @example
 * cleanGithubDescription('Gets a file. For more information, see "[Media types](https://docs.github.com)."');
 * // 'Gets a file.'
 */
export function cleanGithubDescription(markdown: string): string {
  const paragraphs = markdown.split(/\n{2,}/);
  const kept: string[] = [];
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as string;
    if (paragraph.startsWith('This endpoint supports the following custom media types')) {
      while (paragraphs[index + 1]?.startsWith('- ')) index++;
      continue;
    }
    const cleaned = paragraph
      .replace(
        /\s*For more information(?: about [^,]+)?, see (?:\[[^\]]*\]\([^)]*\)|[^.[])*\."?(?=\s|$)/g,
        '',
      )
      .trim();
    if (cleaned) kept.push(cleaned);
  }
  return kept.join('\n\n');
}
