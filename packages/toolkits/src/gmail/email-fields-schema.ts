import type { JsonSchema } from '../toolkit/toolkit-types.ts';

const addressList = (who: string, example: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string' },
  description: `${who}. Each item a bare address or 'Name <address>', e.g. ["${example}"].`,
});

/** The JSON Schema properties shared by the tools that compose an email (send, draft). */
export const emailFieldsSchema = {
  to: addressList('Recipients', 'ana@example.com'),
  cc: addressList('Carbon-copy recipients', 'Bo Chen <bo@example.com>'),
  bcc: addressList('Blind carbon-copy recipients (hidden from the others)', 'audit@example.com'),
  subject: { type: 'string', description: "Subject line, e.g. 'Quarterly report'. Any language is fine." },
  body: {
    type: 'string',
    description:
      'The message body. Plain text unless is_html is true, e.g. "Hi Ana,\\n\\nThe report is attached."',
  },
  is_html: {
    type: 'boolean',
    default: false,
    description: 'true when body is HTML (e.g. "<p>Hello <b>Ana</b></p>"); false sends plain text.',
  },
} satisfies Record<string, JsonSchema>;

/** Accepts an array of addresses or, leniently, one comma-separated string. */
export function addressesFrom(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === 'string' && !!item.trim());
  if (typeof value === 'string' && value.trim())
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return [];
}
