const URL_PATTERN = /\bhttps?:\/\/\S+|\]\([^)]*\)|`{3}[\s\S]*?`{3}/g;
const APOSTROPHES = /['’]/g;
const CAMEL_IDENTIFIER = /\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b/g;
const ALL_DIGITS = /^[0-9]+$/;

/**
 * Splits text into lower-case words: camelCase, snake_case, kebab-case, dotted and slashed names all
 * come apart (`listForRepo`, `issues/list-for-repo`). Capitalised words stay whole, since in prose they
 * are names (`GitHub`, `YouTube`), not identifiers. Link targets and code blocks are dropped,
 * apostrophes are removed (`it's` → `its`) and pure numbers are left out (they are identifiers, not intent).
 *
 * The definition is `splitWordsByPattern` below; this scans the text once instead (it runs over every
 * description of a catalog while the search index is built) and gives the same words, checked on every
 * catalog text in `split-words.test.ts`.
 *
 * @example
 * splitWords('issues/listForRepo'); // ['issues', 'list', 'for', 'repo']
 */
export function splitWords(text: string): string[] {
  let spaced = text;
  if (spaced.includes('://') || spaced.includes('](') || spaced.includes('```')) {
    spaced = spaced.replace(URL_PATTERN, ' ');
  }
  if (spaced.includes("'") || spaced.includes('’')) spaced = spaced.replace(APOSTROPHES, '');
  return scanWords(spaced) ?? splitWordsByPattern(text);
}

/** What `splitWords` means, as regular expressions: the reference the scanner must agree with. */
export function splitWordsByPattern(text: string): string[] {
  const words: string[] = [];
  const spaced = text
    .replace(URL_PATTERN, ' ')
    .replace(APOSTROPHES, '')
    .replace(CAMEL_IDENTIFIER, (identifier) => identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2'))
    .toLowerCase();
  for (const word of spaced.split(/[^a-z0-9]+/)) {
    if (word.length === 0 || ALL_DIGITS.test(word)) continue;
    words.push(word);
  }
  return words;
}

const isUpper = (code: number) => code >= 65 && code <= 90;
const isLower = (code: number) => code >= 97 && code <= 122;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** A character of `\w` in a regular expression without the `u` flag. */
const isWordCharacter = (code: number) => isLower(code) || isUpper(code) || isDigit(code) || code === 95;

/** Characters outside ASCII whose lower case holds an ASCII letter or digit (`İ` → `i̇`, Kelvin `K` → `k`). */
const lowersToAscii = new Map<number, boolean>();
function lowersToAsciiWord(code: number): boolean {
  let answer = lowersToAscii.get(code);
  if (answer === undefined) {
    answer = /[a-z0-9]/.test(String.fromCharCode(code).toLowerCase());
    lowersToAscii.set(code, answer);
  }
  return answer;
}

/**
 * The words of text whose links and apostrophes are gone, in one pass: runs of word characters
 * (`\w`), a camelCase run (only letters and digits, lower-case first, an upper-case letter inside)
 * cut before each upper-case letter that follows a lower-case letter or digit, every run cut at `_`.
 * `undefined` for the rare text with a character that lower-cases to an ASCII letter.
 */
function scanWords(text: string): string[] | undefined {
  const words: string[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (!isWordCharacter(code)) {
      if (code >= 128 && lowersToAsciiWord(code)) return undefined;
      index++;
      continue;
    }
    let end = index;
    let upper = false;
    let underscore = false;
    for (; end < length; end++) {
      code = text.charCodeAt(end);
      if (!isWordCharacter(code)) break;
      if (isUpper(code)) upper = true;
      else if (code === 95) underscore = true;
    }
    const camel = upper && !underscore && isLower(text.charCodeAt(index));
    let start = index;
    for (let at = index; at < end; at++) {
      code = text.charCodeAt(at);
      if (code === 95) {
        pushWord(words, text, start, at);
        start = at + 1;
      } else if (camel && at > start && isUpper(code) && !isUpper(text.charCodeAt(at - 1))) {
        pushWord(words, text, start, at);
        start = at;
      }
    }
    pushWord(words, text, start, end);
    index = end;
  }
  return words;
}

function pushWord(words: string[], text: string, start: number, end: number): void {
  if (end <= start) return;
  for (let at = start; at < end; at++) {
    if (!isDigit(text.charCodeAt(at))) {
      words.push(text.slice(start, end).toLowerCase());
      return;
    }
  }
}
