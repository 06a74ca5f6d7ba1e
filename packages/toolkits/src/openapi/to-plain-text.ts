const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/**
 * Turns a Markdown/HTML description into short plain text for a model: links keep their text, tags,
 * images, code fences and emphasis markers go, soft line breaks join, and the result is cut at a
 * sentence boundary before `maxLength` characters.
 *
 * @example
 * toPlainText('See [the docs](https://docs.example.com) for **more**.', 600); // 'See the docs for more.'
 */
export function toPlainText(markdown: string, maxLength: number): string {
  const text = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^[ \t]*(```|~~~)[\s\S]*?^[ \t]*\1[^\n]*$/gm, '')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|ul|ol|li|h[1-6]|table|tr)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(#39|[a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(
      /^[ \t]*>[ \t]?\[!(\w+)\][ \t]*$/gm,
      (_line, kind: string) => `${kind[0]}${kind.slice(1).toLowerCase()}:`,
    )
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|\s)\*(?=\S)([^*\n]*?\S)\*(?=\s|[.,;:!?)]|$)/g, '$1$2');
  return truncateAtSentence(joinLines(text), maxLength);
}

/** Joins soft-wrapped lines into paragraphs; list items and paragraphs keep their own line. */
function joinLines(text: string): string {
  const lines: string[] = [];
  let paragraph = '';
  const flush = () => {
    if (paragraph) lines.push(paragraph);
    paragraph = '';
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) flush();
    else if (/^([-*+]|\d+[.)])\s/.test(line)) {
      flush();
      paragraph = line.replace(/^[*+]\s/, '- ');
    } else paragraph = paragraph ? `${paragraph} ${line}` : line;
  }
  flush();
  return lines.join('\n');
}

/** Cuts `text` to at most `maxLength` characters, at the last sentence end when one is not too early. */
export function truncateAtSentence(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const head = text.slice(0, maxLength);
  let sentenceEnd = -1;
  for (const match of head.matchAll(/[.!?](?=\s|$)/g)) sentenceEnd = match.index;
  if (sentenceEnd >= maxLength * 0.5) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ', maxLength - 1);
  return `${head.slice(0, wordEnd > maxLength * 0.5 ? wordEnd : maxLength - 1).trimEnd()}…`;
}
