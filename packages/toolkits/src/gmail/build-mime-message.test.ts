import { describe, expect, it } from 'vitest';
import { buildMimeMessage, toBase64Url } from './build-mime-message.ts';

function parse(mime: string) {
  const [head = '', body = ''] = mime.split('\r\n\r\n');
  return { head, body: Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8') };
}

describe('buildMimeMessage', () => {
  it('writes the headers and a base64 UTF-8 body with CRLF line ends', () => {
    const mime = buildMimeMessage({
      to: ['ana@example.com', 'Bo Chen <bo@example.com>'],
      cc: ['cy@example.com'],
      subject: 'Hello',
      body: 'Hi Ana,\nsee you at 5.',
    });
    const { head, body } = parse(mime);
    expect(head.split('\r\n')).toEqual([
      'To: ana@example.com, Bo Chen <bo@example.com>',
      'Cc: cy@example.com',
      'Subject: Hello',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="UTF-8"',
      'Content-Transfer-Encoding: base64',
    ]);
    expect(body).toBe('Hi Ana,\nsee you at 5.');
  });

  it('encodes non-ASCII subjects and display names as RFC 2047 words of at most 75 characters', () => {
    const subject = 'Réunion trimestrielle — résultats et prochaines étapes 📈 pour toute l’équipe';
    const mime = buildMimeMessage({ to: ['José Núñez <jose@example.com>'], subject, body: 'ok' });
    const { head } = parse(mime);
    expect(head).toContain('To: =?UTF-8?B?');
    expect(head).toContain(' <jose@example.com>');
    const subjectHeader = head.slice(head.indexOf('Subject: ')).split(/\r\n(?! )/)[0] ?? '';
    const words = subjectHeader.replace('Subject: ', '').split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    const decoded = words.map((word) => Buffer.from(word.slice(10, -2), 'base64').toString('utf8')).join('');
    expect(decoded).toBe(subject);
  });

  it('strips line breaks from header values so no header can be injected', () => {
    const mime = buildMimeMessage({
      to: ['ana@example.com\r\nBcc: evil@example.com'],
      subject: 'a\nb',
      body: '',
    });
    expect(mime).not.toMatch(/^Bcc:/m);
    expect(mime).toContain('Subject: a b');
  });

  it('marks HTML bodies and threading headers', () => {
    const mime = buildMimeMessage({
      to: ['a@example.com'],
      subject: 'Re: x',
      body: '<p>hi</p>',
      isHtml: true,
      inReplyTo: '<m2@mail.example.com>',
      references: '<m1@mail.example.com> <m2@mail.example.com>',
    });
    expect(mime).toContain('Content-Type: text/html; charset="UTF-8"');
    expect(mime).toContain('In-Reply-To: <m2@mail.example.com>\r\n');
    expect(mime).toContain('References: <m1@mail.example.com> <m2@mail.example.com>\r\n');
  });

  it('wraps long bodies at 76 characters', () => {
    const mime = buildMimeMessage({ to: ['a@example.com'], subject: 's', body: 'x'.repeat(500) });
    const lines = (mime.split('\r\n\r\n')[1] ?? '').trimEnd().split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 76)).toBe(true);
    expect(parse(mime).body).toBe('x'.repeat(500));
  });
});

describe('toBase64Url', () => {
  it('uses the URL-safe alphabet without padding', () => {
    const encoded = toBase64Url('¿?>>>');
    expect(encoded).not.toMatch(/[+/=]/);
    expect(Buffer.from(encoded, 'base64url').toString('utf8')).toBe('¿?>>>');
  });
});
