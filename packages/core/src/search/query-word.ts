/** One word of a query with its role, as query analysis and its structure rules read it. */
export interface QueryWord {
  /** The word, lower case, abbreviations spelled out. */
  word: string;
  stem: string;
  /** 1 for intent words, `IDENTIFIER_WEIGHT` for names and values, 0 for negated words. */
  weight: number;
  /** Which clause of the query the word is in, counted at punctuation. */
  clause: number;
}
