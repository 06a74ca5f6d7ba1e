import { describe, expect, it } from 'vitest';
import { toPlainText, truncateAtSentence } from './to-plain-text.ts';

describe('toPlainText', () => {
  it('keeps link text and drops the URL, tags and emphasis', () => {
    expect(
      toPlainText('See [the **docs**](https://docs.example.com/a_(b)) and <a href="x">this</a>.', 600),
    ).toBe('See the docs and this.');
  });

  it('turns GitHub alert blocks and headings into plain lines', () => {
    const markdown = '# Title\n\n> [!NOTE]\n> Only for admins.\n\nText that\nwraps.';
    expect(toPlainText(markdown, 600)).toBe('Title\nNote: Only for admins.\nText that wraps.');
  });

  it('drops code fences and keeps list items on their own lines', () => {
    const markdown = 'Options:\n* one\n* two\n\n```json\n{"a": 1}\n```\nDone.';
    expect(toPlainText(markdown, 600)).toBe('Options:\n- one\n- two\nDone.');
  });

  it('decodes common entities and keeps inline code', () => {
    expect(toPlainText('Use `a &amp; b` &lt;here&gt;', 600)).toBe('Use `a & b` <here>');
  });
});

describe('truncateAtSentence', () => {
  it('cuts at the last sentence end that fits', () => {
    expect(truncateAtSentence('One two three. Four five six. Seven eight nine.', 32)).toBe(
      'One two three. Four five six.',
    );
  });

  it('cuts at a word with an ellipsis when no sentence ends late enough', () => {
    expect(truncateAtSentence('Short. averyveryverylongword another word here', 30)).toBe(
      'Short. averyveryverylongword…',
    );
  });

  it('leaves short text alone', () => {
    expect(truncateAtSentence('Fine.', 10)).toBe('Fine.');
  });
});
