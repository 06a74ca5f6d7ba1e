import { describe, expect, it } from 'vitest';
import { translatePlaceholders } from './translate-placeholders.ts';

describe('translatePlaceholders', () => {
  it.each([
    ['SELECT 1', 'SELECT 1', 0],
    ['SELECT * FROM t WHERE a = ? AND b = ?', 'SELECT * FROM t WHERE a = $1 AND b = $2', 2],
    ["UPDATE t SET a = ? WHERE b = '?' AND c = ?", "UPDATE t SET a = $1 WHERE b = '?' AND c = $2", 2],
    ["SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1", 1],
    ["SELECT E'\\' ?', ?", "SELECT E'\\' ?', $1", 1],
    ["SELECT e'a\\\\', ?", "SELECT e'a\\\\', $1", 1],
    ["SELECT 'a\\', ?", "SELECT 'a\\', $1", 1],
    ['SELECT "odd?name" FROM t WHERE x = ?', 'SELECT "odd?name" FROM t WHERE x = $1', 1],
    ['SELECT "a""?" , ?', 'SELECT "a""?" , $1', 1],
    ['SELECT ? -- why?\n, ?', 'SELECT $1 -- why?\n, $2', 2],
    ['SELECT /* a? /* nested? */ still? */ ?', 'SELECT /* a? /* nested? */ still? */ $1', 1],
    ['SELECT $$ what? $$, ?', 'SELECT $$ what? $$, $1', 1],
    ['SELECT $body$ a $$ ? $body$, ?', 'SELECT $body$ a $$ ? $body$, $1', 1],
    ['SELECT a$b, ?', 'SELECT a$b, $1', 1],
    ["SELECT 'unterminated ?", "SELECT 'unterminated ?", 0],
  ])('%s', (input, sql, count) => {
    expect(translatePlaceholders(input)).toEqual({ sql, count });
  });
});
