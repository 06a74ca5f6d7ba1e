import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import {
  fetchItems,
  type HackerNewsItem,
  hackerNewsJson,
  isoTime,
  summarizeComment,
  summarizeStory,
} from './hackernews-items.ts';

export const hackerNewsGetItem: ToolDefinition = {
  slug: 'HACKERNEWS_GET_ITEM',
  name: 'Get item',
  description:
    'Gets one Hacker News item by id: a story, comment, job, poll or poll option, with its first top-level comments. Ids are the number in "news.ycombinator.com/item?id=8863". Returns `item` (title, url, text as HTML, by, score, created_at, ...), `comments` (top-level comments in ranking order: id, by, text, created_at, replies) and `comment_ids` (all direct replies). Call again with a comment id to read its replies.',
  inputSchema: {
    type: 'object',
    properties: {
      id: { type: 'integer', minimum: 1, description: 'Item id, e.g. 8863.' },
      comment_limit: {
        type: 'integer',
        minimum: 0,
        maximum: 50,
        default: 10,
        description: 'How many top-level comments to include, 0 to 50. Default 10.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint', 'openWorldHint'],
  handler: async (input, context) => {
    const item: HackerNewsItem | null = await hackerNewsJson(context, `/item/${Number(input.id)}.json`);
    if (!item) throw new Error(`Hacker News has no item with id ${input.id}`);
    const commentIds = item.kids ?? [];
    const comments = await fetchItems(context, commentIds.slice(0, Number(input.comment_limit ?? 10)));
    const summary =
      item.type === 'comment' ? { ...summarizeComment(item), parent: item.parent } : summarizeStory(item);
    return { item: summary, comments: comments.map(summarizeComment), comment_ids: commentIds };
  },
};

export const hackerNewsGetUser: ToolDefinition = {
  slug: 'HACKERNEWS_GET_USER',
  name: 'Get user',
  description:
    "Gets a Hacker News user's public profile by username (case-sensitive): `karma`, `created_at`, `about` (HTML), the ids of their most recent submissions (stories and comments, newest first) and `submitted_count`.",
  inputSchema: {
    type: 'object',
    properties: {
      id: { type: 'string', minLength: 1, description: 'Username, e.g. "pg" or "dang".' },
      submission_limit: {
        type: 'integer',
        minimum: 0,
        maximum: 100,
        default: 20,
        description: 'How many recent submission ids to include, 0 to 100. Default 20.',
      },
    },
    required: ['id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint', 'openWorldHint'],
  handler: async (input, context) => {
    const user = await hackerNewsJson(context, `/user/${encodeURIComponent(String(input.id))}.json`);
    if (!user) throw new Error(`Hacker News has no user named "${input.id}" (usernames are case-sensitive)`);
    const submitted: number[] = user.submitted ?? [];
    return {
      id: user.id,
      karma: user.karma,
      created_at: isoTime(user.created),
      about: user.about,
      submitted: submitted.slice(0, Number(input.submission_limit ?? 20)),
      submitted_count: submitted.length,
    };
  },
};

export const hackerNewsGetMaxItemId: ToolDefinition = {
  slug: 'HACKERNEWS_GET_MAX_ITEM_ID',
  name: 'Get max item id',
  description:
    'Returns the largest Hacker News item id so far (a single number). Walk down from it with HACKERNEWS_GET_ITEM to read the very latest items of any type.',
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'GET', path: '/maxitem.json' },
};

export const hackerNewsGetUpdates: ToolDefinition = {
  slug: 'HACKERNEWS_GET_UPDATES',
  name: 'Get updates',
  description:
    'Returns the ids of recently changed Hacker News items and profiles: `{ items: number[], profiles: string[] }`.',
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  tags: ['readOnlyHint', 'openWorldHint'],
  request: { method: 'GET', path: '/updates.json' },
};
