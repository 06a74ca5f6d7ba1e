/** The parts of an email that `buildMimeMessage` turns into RFC 2822 text. */
export interface MimeMessageFields {
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  body: string;
  /** Send the body as `text/html` instead of `text/plain`. */
  isHtml?: boolean;
  /** Message-ID of the message this one answers, with its angle brackets. */
  inReplyTo?: string;
  /** Message-IDs of the thread so far, space separated. */
  references?: string;
}

const CRLF = '\r\n';

/**
 * Builds an RFC 2822 / MIME message as Gmail's `raw` field expects (before base64url): UTF-8 body in
 * base64, non-ASCII headers as RFC 2047 encoded words, line breaks removed from header values so a
 * field cannot smuggle in another header.
 *
 * @example
 * const raw = toBase64Url(buildMimeMessage({ to: ['ana@example.com'], subject: 'Hi', body: 'Hello' }));
 */
export function buildMimeMessage(fields: MimeMessageFields): string {
  const headers: string[] = [];
  const addressHeader = (name: string, addresses: string[] | undefined) => {
    const list = (addresses ?? []).map((address) => encodeAddress(singleLine(address))).filter(Boolean);
    if (list.length > 0) headers.push(`${name}: ${list.join(', ')}`);
  };
  addressHeader('To', fields.to);
  addressHeader('Cc', fields.cc);
  addressHeader('Bcc', fields.bcc);
  headers.push(`Subject: ${encodeHeaderText(singleLine(fields.subject ?? ''))}`);
  if (fields.inReplyTo) headers.push(`In-Reply-To: ${singleLine(fields.inReplyTo)}`);
  if (fields.references) headers.push(`References: ${singleLine(fields.references)}`);
  headers.push('MIME-Version: 1.0');
  headers.push(`Content-Type: ${fields.isHtml ? 'text/html' : 'text/plain'}; charset="UTF-8"`);
  headers.push('Content-Transfer-Encoding: base64');
  const body = Buffer.from(fields.body, 'utf8')
    .toString('base64')
    .replace(/.{76}(?=.)/g, `$&${CRLF}`);
  return headers.join(CRLF) + CRLF + CRLF + body + CRLF;
}

/** base64url without padding, the encoding of Gmail's `raw` field. */
export function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

/** `José <jose@example.com>` → `=?UTF-8?B?Sm9zw6k=?= <jose@example.com>`; plain addresses stay as they are. */
function encodeAddress(address: string): string {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(address);
  if (!match) return address;
  const [, displayName = '', email] = match;
  if (!displayName) return `<${email}>`;
  return `${encodeHeaderText(displayName)} <${email}>`;
}

/** RFC 2047 encoded words for non-ASCII text, each at most 75 characters long. */
function encodeHeaderText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    // 45 bytes of UTF-8 make 60 base64 characters, which with `=?UTF-8?B?` and `?=` stays under 75.
    if (Buffer.byteLength(chunk + character, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}
