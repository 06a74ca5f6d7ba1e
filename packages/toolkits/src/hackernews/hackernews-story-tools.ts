import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import { fetchItems, hackerNewsJson, summarizeStory } from './hackernews-items.ts';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

/** Builds a tool that reads one of the Hacker News story lists and fetches its first `limit` stories. */
function storyListTool(options: {
  slug: string;
  name: string;
  list: string;
  description: string;
}): ToolDefinition {
  return {
    slug: options.slug,
    name: options.name,
    description: `${options.description} Returns \`stories\`, each with \`id\`, \`title\`, \`url\` (absent for text posts), \`text\` (HTML, for text posts), \`by\`, \`score\`, \`comments\` (count), \`created_at\` and \`hn_url\` (the discussion page). Read the discussion with HACKERNEWS_GET_ITEM.`,
    inputSchema: {
      type: 'object',
      properties: {
        limit: {
          type: 'integer',
          minimum: 1,
          maximum: MAX_LIMIT,
          default: DEFAULT_LIMIT,
          description: `How many stories to return, from the top of the list: 1 to ${MAX_LIMIT}. Default ${DEFAULT_LIMIT}.`,
        },
      },
      additionalProperties: false,
    },
    tags: ['readOnlyHint', 'openWorldHint'],
    handler: async (input, context) => {
      const limit = Math.min(Math.max(Number(input.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
      const ids: number[] = (await hackerNewsJson(context, `/${options.list}.json`)) ?? [];
      const stories = await fetchItems(context, ids.slice(0, limit));
      return { stories: stories.map(summarizeStory) };
    },
  };
}

export const hackerNewsGetTopStories = storyListTool({
  slug: 'HACKERNEWS_GET_TOP_STORIES',
  name: 'Get top stories',
  list: 'topstories',
  description: 'Gets the stories currently on the Hacker News front page, in front-page order.',
});

export const hackerNewsGetNewStories = storyListTool({
  slug: 'HACKERNEWS_GET_NEW_STORIES',
  name: 'Get new stories',
  list: 'newstories',
  description: 'Gets the newest Hacker News submissions, most recent first.',
});

export const hackerNewsGetBestStories = storyListTool({
  slug: 'HACKERNEWS_GET_BEST_STORIES',
  name: 'Get best stories',
  list: 'beststories',
  description: 'Gets the highest-voted recent Hacker News stories (the "best" page).',
});

export const hackerNewsGetAskStories = storyListTool({
  slug: 'HACKERNEWS_GET_ASK_STORIES',
  name: 'Get Ask HN stories',
  list: 'askstories',
  description: 'Gets the latest "Ask HN" posts: questions to the community, their body in `text`.',
});

export const hackerNewsGetShowStories = storyListTool({
  slug: 'HACKERNEWS_GET_SHOW_STORIES',
  name: 'Get Show HN stories',
  list: 'showstories',
  description: 'Gets the latest "Show HN" posts, where people show something they made.',
});

export const hackerNewsGetJobStories = storyListTool({
  slug: 'HACKERNEWS_GET_JOB_STORIES',
  name: 'Get job posts',
  list: 'jobstories',
  description: 'Gets the latest job posts of Y Combinator companies on Hacker News.',
});
