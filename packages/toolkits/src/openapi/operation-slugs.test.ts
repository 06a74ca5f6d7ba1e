import { describe, expect, it } from 'vitest';
import { toOperationSlugs } from './operation-slugs.ts';
import { toUpperSnake } from './to-upper-snake.ts';

const operation = (method: string, path: string, operationId?: string) => ({
  method,
  path,
  operation: operationId === undefined ? {} : { operationId },
});

describe('toUpperSnake', () => {
  it.each([
    ['issues/create', 'ISSUES_CREATE'],
    ['issues/list-for-repo', 'ISSUES_LIST_FOR_REPO'],
    ['getUserById', 'GET_USER_BY_ID'],
    ['getHTTPStatusCode', 'GET_HTTP_STATUS_CODE'],
    ['  weird..name--v2 ', 'WEIRD_NAME_V2'],
    ['GET /repos/{owner}/{repo}', 'GET_REPOS_OWNER_REPO'],
  ])('%s -> %s', (input, expected) => {
    expect(toUpperSnake(input)).toBe(expected);
  });
});

describe('toOperationSlugs', () => {
  it('prefixes operationIds and falls back to method and path', () => {
    const slugs = toOperationSlugs(
      [
        operation('post', '/repos/{owner}/{repo}/issues', 'issues/create'),
        operation('get', '/repos/{owner}/{repo}'),
      ],
      'GITHUB_',
    );
    expect(slugs).toEqual(['GITHUB_ISSUES_CREATE', 'GITHUB_GET_REPOS_OWNER_REPO']);
  });

  it('suffixes collisions in document order without taking a later natural slug', () => {
    const slugs = toOperationSlugs(
      [
        operation('get', '/a', 'items.list'),
        operation('get', '/b', 'items-list'),
        operation('get', '/c', 'itemsList'),
        operation('get', '/d', 'items_list_2'),
      ],
      'api',
    );
    expect(slugs).toEqual(['API_ITEMS_LIST', 'API_ITEMS_LIST_3', 'API_ITEMS_LIST_4', 'API_ITEMS_LIST_2']);
  });

  it('keeps slugs valid when the prefix is empty and the name starts with a digit', () => {
    expect(toOperationSlugs([operation('get', '/x', '2fa-status')], '')).toEqual(['OP_2FA_STATUS']);
  });
});
