/**
 * Rewrites `?` placeholders as PostgreSQL's `$1..$n`, leaving alone every `?` inside a string
 * literal ('...', E'...'), a quoted identifier ("..."), a dollar-quoted body ($tag$...$tag$) or a
 * comment. Returns the SQL and how many placeholders it has.
 *
 * @example
 * translatePlaceholders("SELECT * FROM t WHERE a = ? AND b = '?'");
 * // { sql: "SELECT * FROM t WHERE a = $1 AND b = '?'", count: 1 }
 */
export function translatePlaceholders(sql: string): { sql: string; count: number } {
  let output = '';
  let count = 0;
  let index = 0;
  while (index < sql.length) {
    const character = sql[index]!;
    const end = skipQuoted(sql, index);
    if (end > index) {
      output += sql.slice(index, end);
      index = end;
    } else if (character === '?') {
      count++;
      output += `$${count}`;
      index++;
    } else {
      output += character;
      index++;
    }
  }
  return { sql: output, count };
}

/** The index just past the literal, identifier or comment starting at `start`, or `start`. */
function skipQuoted(sql: string, start: number): number {
  const character = sql[start];
  const next = sql[start + 1];
  if (character === "'") {
    const escapes = start > 0 && /[eE]/.test(sql[start - 1]!) && !/[\w$]/.test(sql[start - 2] ?? '');
    return skipUntilQuote(sql, start + 1, "'", escapes);
  }
  if (character === '"') return skipUntilQuote(sql, start + 1, '"', false);
  if (character === '-' && next === '-') {
    const newline = sql.indexOf('\n', start);
    return newline === -1 ? sql.length : newline + 1;
  }
  if (character === '/' && next === '*') return skipBlockComment(sql, start);
  if (character === '$' && !/[\w$]/.test(sql[start - 1] ?? '')) {
    const tag = /^\$(?:[A-Za-z_][\w]*)?\$/.exec(sql.slice(start))?.[0];
    if (tag) {
      const close = sql.indexOf(tag, start + tag.length);
      return close === -1 ? sql.length : close + tag.length;
    }
  }
  return start;
}

/** Past the closing quote; a doubled quote is an escaped one, and so is a backslash in E'...'. */
function skipUntilQuote(sql: string, from: number, quote: string, backslashEscapes: boolean): number {
  let index = from;
  while (index < sql.length) {
    const character = sql[index];
    if (backslashEscapes && character === '\\') {
      index += 2;
    } else if (character === quote) {
      if (sql[index + 1] !== quote) return index + 1;
      index += 2;
    } else {
      index++;
    }
  }
  return sql.length;
}

/** Past the end of a block comment; PostgreSQL nests them. */
function skipBlockComment(sql: string, start: number): number {
  let depth = 0;
  let index = start;
  while (index < sql.length) {
    if (sql.startsWith('/*', index)) {
      depth++;
      index += 2;
    } else if (sql.startsWith('*/', index)) {
      depth--;
      index += 2;
      if (depth === 0) return index;
    } else {
      index++;
    }
  }
  return sql.length;
}
