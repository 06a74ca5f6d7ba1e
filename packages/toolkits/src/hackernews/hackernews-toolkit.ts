import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import {
  hackerNewsGetItem,
  hackerNewsGetMaxItemId,
  hackerNewsGetUpdates,
  hackerNewsGetUser,
} from './hackernews-item-tools.ts';
import { hackernewsPhrasings } from './hackernews-phrasings.ts';
import {
  hackerNewsGetAskStories,
  hackerNewsGetBestStories,
  hackerNewsGetJobStories,
  hackerNewsGetNewStories,
  hackerNewsGetShowStories,
  hackerNewsGetTopStories,
} from './hackernews-story-tools.ts';

/**
 * Hacker News through its public Firebase API; no account needed.
 *
 * Full-text search (hn.algolia.com) is left out on purpose: it lives on another host, and a toolkit's
 * tools may only call the toolkit's own base URL.
 *
 * @example
 * const { data } = await session.execute('HACKERNEWS_GET_TOP_STORIES', { limit: 5 });
 */
export const hackernews = defineToolkit({
  slug: 'hackernews',
  name: 'Hacker News',
  description: 'Read Hacker News stories, comments, jobs and user profiles.',
  logo: 'https://cdn.simpleicons.org/ycombinator',
  categories: ['news', 'social'],
  baseUrl: 'https://hacker-news.firebaseio.com/v0',
  auth: [{ mode: 'none' }],
  tools: withPhrasings(
    [
      hackerNewsGetTopStories,
      hackerNewsGetNewStories,
      hackerNewsGetBestStories,
      hackerNewsGetAskStories,
      hackerNewsGetShowStories,
      hackerNewsGetJobStories,
      hackerNewsGetItem,
      hackerNewsGetUser,
      hackerNewsGetMaxItemId,
      hackerNewsGetUpdates,
    ],
    hackernewsPhrasings,
  ),
});
