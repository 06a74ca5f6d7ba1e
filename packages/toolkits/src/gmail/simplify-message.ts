/** A Gmail `Message` resource part (`payload` and its `parts`). */
interface MessagePart {
  partId?: string;
  mimeType?: string;
  filename?: string;
  headers?: { name: string; value: string }[];
  body?: { attachmentId?: string; size?: number; data?: string };
  parts?: MessagePart[];
}

/** The header of that name, compared case-insensitively (`Message-ID` vs `Message-Id`). */
export function headerValue(part: MessagePart | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  return part?.headers?.find((header) => header.name.toLowerCase() === lower)?.value;
}

/**
 * Turns a Gmail message (format `full` or `metadata`) into what a model reads: the usual headers,
 * the decoded text (and HTML when asked), and the attachments with the ids that fetch them.
 *
 * @example
 * const message = simplifyMessage(await readGoogleJson(await context.fetch('/gmail/v1/users/me/messages/abc')));
 */
export function simplifyMessage(message: any, { includeHtml = false }: { includeHtml?: boolean } = {}) {
  const payload: MessagePart | undefined = message?.payload;
  const texts: string[] = [];
  const htmls: string[] = [];
  const attachments: { filename: string; mimeType?: string; size?: number; attachmentId?: string }[] = [];
  const visit = (part: MessagePart) => {
    if (part.filename) {
      attachments.push({
        filename: part.filename,
        mimeType: part.mimeType,
        size: part.body?.size,
        attachmentId: part.body?.attachmentId,
      });
    } else if (part.body?.data && part.mimeType === 'text/plain') {
      texts.push(Buffer.from(part.body.data, 'base64url').toString('utf8'));
    } else if (part.body?.data && part.mimeType === 'text/html') {
      htmls.push(Buffer.from(part.body.data, 'base64url').toString('utf8'));
    }
    for (const child of part.parts ?? []) visit(child);
  };
  if (payload) visit(payload);
  const html = htmls.join('\n');
  const text = texts.length > 0 ? texts.join('\n') : htmlToText(html);
  return {
    id: message?.id,
    threadId: message?.threadId,
    labelIds: message?.labelIds ?? [],
    snippet: message?.snippet,
    internalDate: message?.internalDate,
    from: headerValue(payload, 'From'),
    to: headerValue(payload, 'To'),
    cc: headerValue(payload, 'Cc'),
    subject: headerValue(payload, 'Subject'),
    date: headerValue(payload, 'Date'),
    messageIdHeader: headerValue(payload, 'Message-ID'),
    ...(payload?.parts || payload?.body?.data ? { text } : {}),
    ...(includeHtml && html ? { html } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

function htmlToText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>|<\/tr>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
