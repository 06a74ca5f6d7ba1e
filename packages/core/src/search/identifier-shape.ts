/**
 * Shapes of identifiers, as index terms. A tool's description that shows an example id (`ENG-123`,
 * `cus_NffrFeUfNV2Hib`, `U024BE7LH`, `1718300000.100200`, `ana@example.com`) says which kind of id the
 * tool takes; a request that carries an id of the same shape points to the toolkits whose tools show
 * it, whichever value it has.
 * The shape terms are added to a tool's text fields and to a query's terms, so the lexical ranking and
 * the toolkit prior (`toolkit-intent.ts`) read them like any other term.
 */

/** Whether a text may hold an identifier at all: a digit or an "@". */
const MAY_HOLD_ID = /[\d@]/;

/** Every shape term starts with this; no word of `analyzeText` contains a colon. */
const SHAPE_PREFIX = 'id:';

/**
 * Names of standards and specifications written like an issue key (`UTF-8`, `SHA-256`, `BCP-47`,
 * `AIP-160`): no identifier.
 */
const STANDARD_NAMES = new Set([
  'AES',
  'AIP',
  'BCP',
  'ECMA',
  'GMT',
  'HTTP',
  'IEEE',
  'ISO',
  'MD',
  'PEP',
  'RFC',
  'RSA',
  'SHA',
  'SSL',
  'TLS',
  'UTC',
  'UTF',
]);

/** An email address: `ana@example.com`. */
export const EMAIL_ADDRESS = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;

interface Shape {
  pattern: RegExp;
  /** The shape term of one match, or undefined when the match is no identifier of this shape. */
  term: (match: RegExpMatchArray) => string | undefined;
}

const SHAPES: readonly Shape[] = [
  {
    // A key and a number (`ENG-1422`), not one part of a longer chain (`CVE-2024-3094`).
    pattern: /(?<![\w-])([A-Z][A-Z0-9]{1,9})-\d+\b(?!-\w)/g,
    term: (match) => (STANDARD_NAMES.has(match[1]!) ? undefined : 'issue-key'),
  },
  {
    // A typed id: a short lower-case prefix, `_`, six or more letters and digits with a digit and
    // either a capital or ten characters (`cus_NffrFeUfNV2Hib`), not a name (`custom_field1`).
    pattern: /(?<![\w-])([a-z]{2,6})_((?=[A-Za-z]*\d)[A-Za-z0-9]{6,})\b/g,
    term: (match) => (/[A-Z]/.test(match[2]!) || match[2]!.length >= 10 ? `prefix-${match[1]}` : undefined),
  },
  {
    pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
    term: () => 'uuid',
  },
  {
    // Lower-case hexadecimal of 12 or more, letters and digits mixed: a message id, a commit SHA.
    pattern: /(?<![\w-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}(?![\w-])/g,
    term: (match) => (match[0].length === 40 ? 'hex-40' : match[0].length === 32 ? 'hex-32' : 'hex'),
  },
  {
    // Upper-case letters and digits, nine or more with two digits, starting with a letter:
    // `U04ABCD123`, `C024BE91L`, not a code word with a number (`FRENCHCANADIAN1`).
    pattern:
      /(?<![\w-])[A-Z](?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{8,}(?![\w-])/g,
    term: () => 'upper-id',
  },
  {
    // Upper- and lower-case letters and digits, fifteen or more: a Drive file id (`1AbCdEfGhIjKlMnOp`),
    // not a word with a number or a camelCase name (those have no digit, or are shorter).
    pattern:
      /(?<![\w-])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{15,}(?![\w-])/g,
    term: () => 'mixed-case-id',
  },
  {
    pattern: new RegExp(EMAIL_ADDRESS.source, 'g'),
    term: () => 'email-address',
  },
  {
    // Seconds since 1970 and six decimals: a message's timestamp id (`1718300000.100200`).
    pattern: /(?<![\w.])\d{10}\.\d{6}(?![\w.])/g,
    term: () => 'timestamp-id',
  },
];

/** Whether an index term is an identifier's shape (`identifierShapes`), not a word. */
export function isShapeTerm(term: string): boolean {
  return term.startsWith(SHAPE_PREFIX);
}

/**
 * The shape terms of the identifiers in `text`, once each, in the order of `SHAPES`.
 *
 * @example
 * identifierShapes('close ENG-142 for cus_Q8xY2mNp'); // ['id:issue-key', 'id:prefix-cus']
 */
export function identifierShapes(text: string): string[] {
  // Every shape holds a digit or an "@": most text has neither, and no pattern needs to run on it.
  if (!MAY_HOLD_ID.test(text)) return [];
  const terms = new Set<string>();
  for (const { pattern, term } of SHAPES) {
    for (const match of text.matchAll(pattern)) {
      const shape = term(match);
      if (shape !== undefined) terms.add(SHAPE_PREFIX + shape);
    }
  }
  return [...terms];
}
