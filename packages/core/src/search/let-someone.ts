import { isStopWord } from './analyze-text.ts';
import type { QueryWord } from './query-word.ts';

/**
 * "Let Sam know", "let the contractors edit the doc", "allow Ana to push", "ask Lee to look": a person
 * between "let", "allow" or "ask" and a verb. With "know" the request is to tell them something; with
 * a verb of access it is to give them a permission, as for someone who "should be able to" edit;
 * after "ask ... to" it is to request something of them (a review, an assignment). "let me see" and
 * "let it run" are neither: the person must be someone else.
 */
const PERMITTING = new Set(['let', 'lets', 'allow', 'permit']);

/** Verbs of asking someone to do something: "ask Dana and Lee to look at it". */
const ASKING = new Set(['ask', 'asking', 'request']);

/**
 * "get Dana to look over the PR": asking someone to do something, when a verb of attention or access
 * follows "to" ("get the deck to Sam" takes something somewhere).
 */
const CAUSING = new Set(['get', 'gets', 'getting']);

/** Verbs of giving something attention: "get Lee to look over it", "to check it", "to sign off". */
const ATTENTION_VERBS = new Set(['look', 'check', 'sign', 'weigh', 'proofread', 'test', 'try', 'vet']);

/** Verbs of what a permission lets a person do. */
const ACCESS_VERBS = new Set(
  `edit view see read write push pull comment access join manage merge deploy administer admin use open
  download upload contribute review approve invite post publish change modify update delete`.split(/\s+/),
);

/** Words that are no other person: the requester, or a thing. */
const NOT_SOMEONE_ELSE = new Set(['me', 'us', 'it', 'this', 'that', 'them', 'myself', 'ourselves']);

/** Words that stand in a person's name or description: articles, possessives, group words. */
const PERSON_FUNCTION_WORDS = new Set([
  'and',
  'the',
  'a',
  'an',
  'our',
  'my',
  'your',
  'everyone',
  'everybody',
  'him',
  'her',
]);

/** The requester as a subject: "I should be able to ...", "we need to be able to ...". */
const REQUESTER = new Set(['i', 'we', 'im', 'ive', 'id']);

/** Most words between the subject and "able" ("she needs to be able", "I should be able"). */
const ABLE_SUBJECT_REACH = 4;

/**
 * Most words of the person between "let" and the verb ("let the new design team edit"); initials do
 * not count.
 */
const MAX_PERSON_WORDS = 4;

/** What a "let someone ..." phrase asks for: the words APIs name it with. */
export const TELL_WORDS = ['message', 'send', 'post', 'notify'];
export const PERMISSION_WORDS = ['permission', 'access', 'collaborator', 'share'];
export const REQUEST_WORDS = ['request', 'assign'];

/** A "let someone ..." phrase: the words it stands for and the clause it is in. */
export interface LetSomeonePhrase {
  stands: readonly string[];
  clause: number;
}

/**
 * The first "let someone know", "let/allow someone (to) edit" or "ask someone to" phrase of `words`,
 * with the words it stands for (`TELL_WORDS` for "let Dana know", `PERMISSION_WORDS` for "let the
 * interns edit", `REQUEST_WORDS` for "ask Lee to look at it") and its clause; undefined when there is
 * none ("let me see the budget").
 *
 * @example
 * letSomeonePhrase(words('the PR is up, ask Lee to look')); // { stands: REQUEST_WORDS, clause: 1 }
 */
export function letSomeonePhrase(words: readonly QueryWord[]): LetSomeonePhrase | undefined {
  for (let index = 0; index < words.length; index++) {
    const verb = words[index]!;
    // "everyone at acme should be able to read the folder", "she needs to be able to push".
    // "I need to be able to read it" asks for the requester: no one else to let in.
    if (verb.word === 'able' && verb.weight === 1 && words[index + 1]?.word === 'to') {
      const next = words[index + 2];
      const subject = words.slice(Math.max(0, index - ABLE_SUBJECT_REACH), index);
      const forSelf = subject.some((word) => word.clause === verb.clause && REQUESTER.has(word.word));
      if (next !== undefined && next.clause === verb.clause && ACCESS_VERBS.has(next.word) && !forSelf)
        return { stands: PERMISSION_WORDS, clause: verb.clause };
    }
    const causing = CAUSING.has(verb.word);
    const asking = causing || ASKING.has(verb.word);
    if ((!asking && !PERMITTING.has(verb.word)) || verb.weight !== 1) continue;
    let person = 0;
    for (let next = index + 1; next < words.length && person <= MAX_PERSON_WORDS; next++) {
      const word = words[next]!;
      if (word.clause !== verb.clause || NOT_SOMEONE_ELSE.has(word.word)) break;
      const access =
        ACCESS_VERBS.has(word.word) || (word.word === 'to' && ACCESS_VERBS.has(words[next + 1]?.word ?? ''));
      if (asking) {
        const then = words[next + 1]?.word ?? '';
        const asked = !causing || ACCESS_VERBS.has(then) || ATTENTION_VERBS.has(then);
        if (person > 0 && word.word === 'to' && asked) return { stands: REQUEST_WORDS, clause: verb.clause };
      } else {
        if (person > 0 && word.word === 'know') return { stands: TELL_WORDS, clause: verb.clause };
        if (person > 0 && access) return { stands: PERMISSION_WORDS, clause: verb.clause };
      }
      // A person: a name, a role, an email address, with its articles and possessives; an initial
      // ("priya-k", "Dana K.") is part of a name.
      const initial = word.word.length === 1;
      if (isStopWord(word.word) && !PERSON_FUNCTION_WORDS.has(word.word) && !initial) break;
      if (!initial || person === 0) person++;
    }
  }
  return undefined;
}
