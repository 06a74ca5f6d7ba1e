import { defineToolkit } from '@toolrouter/core';

/** The API key the local notes API accepts, as a user would type it on the connect page. */
export const NOTES_API_KEY = 'notes-key-alice';

/**
 * A toolkit for the local notes API: an API key in `x-api-key`, so connecting it goes through the
 * hosted connect form. Point it at the local server with `toolkitBaseUrls: { notes: api.url }`.
 */
export const notesToolkit = defineToolkit({
  slug: 'notes',
  name: 'Notes',
  description: "The user's notes in a small notes app.",
  baseUrl: 'https://notes.invalid',
  auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
  connectHelp: 'Paste the API key from the settings page of your notes app.',
  tools: [
    {
      slug: 'NOTES_LIST_NOTES',
      name: 'List notes',
      description: "Lists the user's notes, newest first, with their id, title and text.",
      inputSchema: {
        type: 'object',
        properties: {
          limit: { type: 'integer', minimum: 1, maximum: 50, description: 'At most this many.' },
        },
        additionalProperties: false,
      },
      tags: ['readOnlyHint'],
      request: { method: 'GET', path: '/notes' },
    },
  ],
});
