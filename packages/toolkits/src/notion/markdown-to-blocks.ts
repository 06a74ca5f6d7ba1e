/** A Notion block object as the API accepts it in `children`. */
export type NotionBlock = { object: 'block'; type: string } & Record<string, unknown>;

/** A Notion rich text object of type `text`. */
export interface NotionRichText {
  type: 'text';
  text: { content: string; link: { url: string } | null };
  annotations?: { bold?: boolean; italic?: boolean; strikethrough?: boolean; code?: boolean };
}

/** Notion rejects a text object longer than this. */
const MAX_TEXT_LENGTH = 2000;

const CODE_LANGUAGES = new Set([
  'bash',
  'c',
  'c#',
  'c++',
  'css',
  'dart',
  'docker',
  'elixir',
  'go',
  'graphql',
  'haskell',
  'html',
  'java',
  'javascript',
  'json',
  'kotlin',
  'lua',
  'markdown',
  'php',
  'plain text',
  'powershell',
  'python',
  'r',
  'ruby',
  'rust',
  'scala',
  'shell',
  'sql',
  'swift',
  'typescript',
  'xml',
  'yaml',
]);

const LANGUAGE_ALIASES: Record<string, string> = {
  js: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  sh: 'shell',
  zsh: 'shell',
  yml: 'yaml',
  md: 'markdown',
  cpp: 'c++',
  cs: 'c#',
  csharp: 'c#',
  golang: 'go',
  rb: 'ruby',
  rs: 'rust',
  dockerfile: 'docker',
  text: 'plain text',
  txt: 'plain text',
  '': 'plain text',
};

const INLINE =
  /\*\*([^*]+)\*\*|~~([^~]+)~~|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_/g;

/**
 * Turns plain text with a little Markdown (`**bold**`, `*italic*`, `~~strike~~`, `` `code` ``,
 * `[link](https://...)`) into Notion rich text, split so that no text object passes 2000 characters.
 *
 * @example
 * toRichText('See **the docs**'); // [{ type: 'text', text: { content: 'See ', ... } }, { ..., annotations: { bold: true } }]
 */
export function toRichText(text: string): NotionRichText[] {
  const parts: NotionRichText[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) pushText(parts, text.slice(last, index));
    const [, bold, strike, code, linkText, linkUrl, star, underscore] = match;
    if (bold !== undefined) pushText(parts, bold, null, { bold: true });
    else if (strike !== undefined) pushText(parts, strike, null, { strikethrough: true });
    else if (code !== undefined) pushText(parts, code, null, { code: true });
    else if (linkText !== undefined && linkUrl !== undefined) pushText(parts, linkText, linkUrl);
    else pushText(parts, star ?? underscore ?? '', null, { italic: true });
    last = index + match[0].length;
  }
  if (last < text.length) pushText(parts, text.slice(last));
  return parts;
}

/** Plain text as rich text, without reading any Markdown in it. */
export function toPlainRichText(text: string): NotionRichText[] {
  const parts: NotionRichText[] = [];
  pushText(parts, text);
  return parts;
}

function pushText(
  parts: NotionRichText[],
  content: string,
  url: string | null = null,
  annotations?: NotionRichText['annotations'],
): void {
  for (let start = 0; start < content.length; start += MAX_TEXT_LENGTH) {
    const piece: NotionRichText = {
      type: 'text',
      text: { content: content.slice(start, start + MAX_TEXT_LENGTH), link: url ? { url } : null },
    };
    if (annotations) piece.annotations = annotations;
    parts.push(piece);
  }
}

function block(type: string, value: Record<string, unknown>): NotionBlock {
  return { object: 'block', type, [type]: value };
}

function codeLanguage(tag: string): string {
  const name = tag.trim().toLowerCase();
  const language = LANGUAGE_ALIASES[name] ?? name;
  return CODE_LANGUAGES.has(language) ? language : 'plain text';
}

/**
 * Turns Markdown-like text into Notion blocks: `#`/`##`/`###` headings, `-`/`*` bullets, `1.` numbered
 * items, `- [ ]`/`- [x]` to-dos, `>` quotes, `---` dividers, fenced code blocks, and paragraphs
 * (consecutive lines join into one paragraph; a blank line starts a new one).
 *
 * @example
 * markdownToBlocks('# Plan\n- write tests\n- ship');
 * // [heading_1 'Plan', bulleted_list_item 'write tests', bulleted_list_item 'ship']
 */
export function markdownToBlocks(markdown: string): NotionBlock[] {
  const blocks: NotionBlock[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0)
      blocks.push(block('paragraph', { rich_text: toRichText(paragraph.join('\n')) }));
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    const fence = /^```(.*)$/.exec(trimmed);
    if (fence) {
      flush();
      const code: string[] = [];
      index++;
      while (index < lines.length && !(lines[index] ?? '').trim().startsWith('```'))
        code.push(lines[index++] ?? '');
      blocks.push(
        block('code', {
          rich_text: toPlainRichText(code.join('\n')),
          language: codeLanguage(fence[1] ?? ''),
        }),
      );
      continue;
    }
    if (trimmed === '') {
      flush();
      continue;
    }
    const listItem = lineBlock(trimmed);
    if (listItem) {
      flush();
      blocks.push(listItem);
    } else {
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks;
}

function lineBlock(line: string): NotionBlock | undefined {
  if (/^(-{3,}|\*{3,}|_{3,})$/.test(line)) return block('divider', {});
  const heading = /^(#{1,3})\s+(.*)$/.exec(line);
  if (heading) return block(`heading_${heading[1]?.length}`, { rich_text: toRichText(heading[2] ?? '') });
  const todo = /^[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(line);
  if (todo) return block('to_do', { rich_text: toRichText(todo[2] ?? ''), checked: todo[1] !== ' ' });
  const bullet = /^[-*+]\s+(.*)$/.exec(line);
  if (bullet) return block('bulleted_list_item', { rich_text: toRichText(bullet[1] ?? '') });
  const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
  if (numbered) return block('numbered_list_item', { rich_text: toRichText(numbered[1] ?? '') });
  const quote = /^>\s?(.*)$/.exec(line);
  if (quote) return block('quote', { rich_text: toRichText(quote[1] ?? '') });
  return undefined;
}
