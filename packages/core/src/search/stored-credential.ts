import type { QueryWord } from './query-word.ts';

/** Nouns of a secret an account has: "our Docker Hub password", "the Twilio auth token". */
const CREDENTIAL_NOUNS = new Set([
  'password',
  'passwords',
  'token',
  'tokens',
  'secret',
  'secrets',
  'credentials',
  'key',
  'keys',
  'dsn',
  'passphrase',
]);

/** Words that may stand between a name and its secret: "Stripe API key", "npm access token". */
const CREDENTIAL_MODIFIERS = new Set([
  'api',
  'access',
  'auth',
  'secret',
  'private',
  'personal',
  'deploy',
  'signing',
  'login',
  'webhook',
]);

/** Verbs of putting a secret somewhere for later use; "add" and "create" are left out ("add a Docker Hub token" may make one). */
const STORING_VERBS = new Set([
  'store',
  'stores',
  'storing',
  'save',
  'saves',
  'saving',
  'keep',
  'stash',
  'put',
]);

/**
 * Whether the words from `after` on are a secret of what a name names ("Docker Hub password") in a
 * clause that stores it somewhere ("store our Docker Hub password so the workflows can use it"). The
 * name then owns the secret: the request is about the place the secret goes (a repository's
 * secrets, a vault), not about the named service, as "the vercel org" names an owner.
 */
export function isStoredCredential(words: readonly QueryWord[], after: number): boolean {
  let position = after;
  if (
    CREDENTIAL_MODIFIERS.has(words[position]?.word ?? '') &&
    CREDENTIAL_NOUNS.has(words[position + 1]?.word ?? '')
  )
    position++;
  const noun = words[position];
  if (noun === undefined || !CREDENTIAL_NOUNS.has(noun.word)) return false;
  return words.some(
    (word, index) => index < after && word.clause === noun.clause && STORING_VERBS.has(word.word),
  );
}
