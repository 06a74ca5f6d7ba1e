import { stemmer } from 'stemmer';
import { OVER_STEMMED_WORDS } from './over-stemmed-words.ts';
import { splitWords } from './split-words.ts';
import { STOP_WORDS } from './stop-words.ts';

export { splitWords };

/**
 * Porter leaves some word families apart that people use interchangeably in tasks
 * (`deploy` / `deployment`, `assign` / `assignee`); these folds join them after stemming.
 */
const STEM_FOLDS: Readonly<Record<string, string>> = {
  deploi: 'deploy',
  assigne: 'assign',
  creation: 'creat',
  subscript: 'subscrib',
  contribut: 'contributor',
  statu: 'status',
  analys: 'analysi',
  organis: 'organization',
  favourit: 'favorit',
  notifi: 'notif',
  reaction: 'react',
  watcher: 'watch',
};

/** Abbreviations and spellings that mean exactly the same word, rewritten in tools and queries alike. */
const WORD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  repo: ['repository'],
  repos: ['repositories'],
  org: ['organization'],
  orgs: ['organizations'],
  organisation: ['organization'],
  organisations: ['organizations'],
  pr: ['pull', 'request'],
  prs: ['pull', 'requests'],
  dm: ['direct', 'message'],
  dms: ['direct', 'messages'],
  msg: ['message'],
  msgs: ['messages'],
  config: ['configuration'],
  configs: ['configurations'],
  info: ['information'],
  stats: ['statistics'],
  env: ['environment'],
  envs: ['environments'],
  var: ['variable'],
  vars: ['variables'],
  dir: ['directory'],
  dirs: ['directories'],
  rerun: ['re', 'run'],
  rerunning: ['re', 'running'],
  reruns: ['re', 'runs'],
  gh: ['github'],
  licence: ['license'],
  colour: ['color'],
  favourite: ['favorite'],
  mail: ['email'],
  // Everyday shorthand of dates and meetings, and the usual misspelling of "calendar".
  tue: ['tuesday'],
  tues: ['tuesday'],
  wed: ['wednesday'],
  thu: ['thursday'],
  thur: ['thursday'],
  thurs: ['thursday'],
  fri: ['friday'],
  tmrw: ['tomorrow'],
  tmr: ['tomorrow'],
  appt: ['appointment'],
  appts: ['appointments'],
  mtg: ['meeting'],
  mtgs: ['meetings'],
  calender: ['calendar'],
  mails: ['emails'],
  db: ['database'],
  dbs: ['databases'],
};

/** `WORD_ALIASES` as a map: a word such as `constructor` finds no member of Object.prototype. */
const ALIASES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(WORD_ALIASES));

const stemCache = new Map<string, string>();

/**
 * The stem of one lower-case word: Porter's, but its own family's for a word Porter over-stems
 * (`OVER_STEMMED_WORDS`), with the folds above; cached because catalogs repeat words a lot. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    const porter = OVER_STEMMED_WORDS.get(word) ?? stemmer(word);
    // Own keys only: a word such as `constructor` must not find Object.prototype's members.
    stem = Object.hasOwn(STEM_FOLDS, porter) ? STEM_FOLDS[porter]! : porter;
    if (stemCache.size < 100_000) stemCache.set(word, stem);
  }
  return stem;
}

/** Whether a word carries no meaning of its own for search. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || word.length < 2;
}

/**
 * The index terms of a text: words, minus stop words, stemmed.
 *
 * @example
 * analyzeText('Lists the labels of a repository'); // ['list', 'label', 'repositori']
 */
export function analyzeText(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    const alias = ALIASES.get(word);
    if (alias === undefined) {
      if (!isStopWord(word)) terms.push(stemWord(word));
    } else {
      for (const part of alias) if (!isStopWord(part)) terms.push(stemWord(part));
    }
  }
  return terms;
}

/** Rewrites abbreviations to the words they stand for (`pr` → `pull request`). */
export function normalizeWords(words: string[]): string[] {
  const normalized: string[] = [];
  for (const word of words) {
    const alias = ALIASES.get(word);
    if (alias === undefined) normalized.push(word);
    else normalized.push(...alias);
  }
  return normalized;
}
