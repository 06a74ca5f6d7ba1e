import { describe, expect, it } from 'vitest';
import { markdownToBlocks, toRichText } from './markdown-to-blocks.ts';

const text = (content: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: { content, link: null },
  ...extra,
});

describe('markdownToBlocks', () => {
  it('turns headings, lists, to-dos, quotes, dividers and paragraphs into blocks', () => {
    const blocks = markdownToBlocks(
      '# Title\n## Sub\n### Small\n- one\n* two\n1. first\n- [ ] open\n- [x] done\n> said\n---\nline a\nline b\n\nnext',
    );
    expect(blocks.map((block) => block.type)).toEqual([
      'heading_1',
      'heading_2',
      'heading_3',
      'bulleted_list_item',
      'bulleted_list_item',
      'numbered_list_item',
      'to_do',
      'to_do',
      'quote',
      'divider',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[0]).toEqual({
      object: 'block',
      type: 'heading_1',
      heading_1: { rich_text: [text('Title')] },
    });
    expect(blocks[6]).toMatchObject({ to_do: { checked: false, rich_text: [text('open')] } });
    expect(blocks[7]).toMatchObject({ to_do: { checked: true, rich_text: [text('done')] } });
    expect(blocks[9]).toEqual({ object: 'block', type: 'divider', divider: {} });
    expect(blocks[10]).toMatchObject({ paragraph: { rich_text: [text('line a\nline b')] } });
  });

  it('keeps fenced code verbatim with a Notion language', () => {
    const blocks = markdownToBlocks('```ts\nconst a = **b**;\n\nreturn a;\n```\nafter');
    expect(blocks[0]).toEqual({
      object: 'block',
      type: 'code',
      code: { rich_text: [text('const a = **b**;\n\nreturn a;')], language: 'typescript' },
    });
    expect(markdownToBlocks('```klingon\nx\n```')[0]).toMatchObject({ code: { language: 'plain text' } });
    expect(blocks[1]).toMatchObject({ type: 'paragraph' });
  });

  it('returns no blocks for blank text', () => {
    expect(markdownToBlocks('\n  \n')).toEqual([]);
  });
});

describe('toRichText', () => {
  it('reads bold, italic, strike, code and links', () => {
    expect(toRichText('a **b** *c* _d_ ~~e~~ `f` [g](https://g.example)')).toEqual([
      text('a '),
      text('b', { annotations: { bold: true } }),
      text(' '),
      text('c', { annotations: { italic: true } }),
      text(' '),
      text('d', { annotations: { italic: true } }),
      text(' '),
      text('e', { annotations: { strikethrough: true } }),
      text(' '),
      text('f', { annotations: { code: true } }),
      text(' '),
      { type: 'text', text: { content: 'g', link: { url: 'https://g.example' } } },
    ]);
  });

  it('splits text longer than Notion allows into 2000-character pieces', () => {
    const pieces = toRichText('x'.repeat(4500));
    expect(pieces.map((piece) => piece.text.content.length)).toEqual([2000, 2000, 500]);
  });
});
