import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import { addLabelToEmail } from './add-label-to-email.ts';
import { createDraft } from './create-draft.ts';
import { createLabel } from './create-label.ts';
import { fetchEmails } from './fetch-emails.ts';
import { getMessage } from './get-message.ts';
import { getProfile } from './get-profile.ts';
import { gmailPhrasings } from './gmail-phrasings.ts';
import { listLabels } from './list-labels.ts';
import { moveToTrash } from './move-to-trash.ts';
import { replyToThread } from './reply-to-thread.ts';
import { sendEmail } from './send-email.ts';

/**
 * Gmail (API v1): send, draft, search, read and label email. OAuth 2 with the `gmail.modify` scope,
 * which covers reading, composing, sending and labelling but not permanent deletion.
 *
 * @example
 * const router = new ToolRouter({ toolkits: [gmail] });
 */
export const gmail = defineToolkit({
  slug: 'gmail',
  name: 'Gmail',
  description: "Send, draft, search, read and label email in a user's Gmail account.",
  logo: 'https://www.gstatic.com/images/branding/product/2x/gmail_2020q4_48dp.png',
  categories: ['email', 'communication', 'productivity'],
  baseUrl: 'https://gmail.googleapis.com',
  auth: [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      scopes: ['https://www.googleapis.com/auth/gmail.modify'],
      pkce: true,
      authorizeParams: { access_type: 'offline', prompt: 'consent' },
    },
  ],
  tools: withPhrasings(
    [
      sendEmail,
      fetchEmails,
      getMessage,
      createDraft,
      replyToThread,
      listLabels,
      addLabelToEmail,
      createLabel,
      moveToTrash,
      getProfile,
    ],
    gmailPhrasings,
  ),
});
