import { describe, expect, it } from 'vitest';
import { analyzeQuery, CREDENTIAL_OWNER } from './analyze-query.ts';
import { createToolSearchIndex } from './create-tool-search-index.ts';
import { isStoredCredential } from './stored-credential.ts';
import { plainWords } from './test-support/plain-words.ts';
import { searchableTool } from './test-support/searchable-tool.ts';

/** Whether the words after `name` in `sentence` are a secret that the sentence stores. */
function stored(sentence: string, name: string): boolean {
  const words = plainWords(sentence);
  return isStoredCredential(words, words.findIndex((word) => word.word === name) + 1);
}

describe('isStoredCredential', () => {
  it('reads a secret of a named service that a clause stores', () => {
    expect(stored('save the Quayside password for the nightly job', 'Quayside')).toBe(true);
    expect(stored('store our Mailfly api key in the vault', 'Mailfly')).toBe(true);
    expect(stored('put the Ferrybox deploy token where the runners can read it', 'Ferrybox')).toBe(true);
  });

  it('does not read a request to the service about its own secrets', () => {
    expect(stored('reset our Quayside password', 'Quayside')).toBe(false);
    expect(stored('create a Mailfly api key for the intern', 'Mailfly')).toBe(false);
    expect(stored('revoke the Ferrybox deploy token', 'Ferrybox')).toBe(false);
  });

  it('needs the secret right after the name, and the storing verb in its clause', () => {
    expect(stored('save the Quayside report and the password', 'Quayside')).toBe(false);
    expect(stored('save the draft, Quayside password reset please', 'Quayside')).toBe(false);
  });
});

describe('a service named as the owner of a stored secret', () => {
  const index = createToolSearchIndex(
    [
      searchableTool(
        'forge',
        'CREATE_REPO_SECRET',
        'Create or update a repository secret',
        'Creates or updates an encrypted secret that the repository workflows can use.',
      ),
      searchableTool(
        'quayside',
        'LOGIN',
        'Log in',
        'Logs in with a username and password and returns a token.',
      ),
      searchableTool(
        'quayside',
        'CHANGE_PASSWORD',
        'Change password',
        'Changes the password of the account.',
      ),
      searchableTool('quayside', 'LIST_IMAGES', 'List images', 'Lists the images of a namespace.'),
    ],
    { describeToolkit: (slug) => ({ slug, name: slug === 'quayside' ? 'Quayside' : 'Forge' }) },
  );
  const top = (query: string) => index.searchLexical(query, { limit: 1 })[0]?.slug;

  it('ranks the place the secret goes, not the service it belongs to', () => {
    expect(
      analyzeQuery('save our Quayside password so the workflows can use it').ownerNames.get('quayside'),
    ).toEqual([CREDENTIAL_OWNER]);
    expect(top('save our Quayside password so the workflows can use it')).toBe('FORGE_CREATE_REPO_SECRET');
  });

  it('still names the service for what is done to the secret there', () => {
    expect(analyzeQuery('change our Quayside password').ownerNames.has('quayside')).toBe(false);
    expect(top('change our Quayside password')).toBe('QUAYSIDE_CHANGE_PASSWORD');
  });
});
