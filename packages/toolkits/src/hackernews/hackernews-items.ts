import type { ToolContext } from '../toolkit/toolkit-types.ts';

/** An item as the Hacker News Firebase API returns it. */
export interface HackerNewsItem {
  id: number;
  type?: 'story' | 'comment' | 'job' | 'poll' | 'pollopt';
  by?: string;
  time?: number;
  title?: string;
  url?: string;
  text?: string;
  score?: number;
  descendants?: number;
  kids?: number[];
  parent?: number;
  deleted?: boolean;
  dead?: boolean;
}

/** Reads one JSON document of the Hacker News API (which answers `null` for ids that do not exist). */
export async function hackerNewsJson(context: ToolContext, path: string): Promise<any> {
  const response = await context.fetch(path, { signal: context.signal });
  if (!response.ok) {
    throw new Error(
      `Hacker News API error ${response.status}: ${(await response.text()) || response.statusText}`,
    );
  }
  return response.json();
}

/** Fetches the items with these ids in parallel, in the same order, leaving out missing, deleted and dead ones. */
export async function fetchItems(context: ToolContext, ids: number[]): Promise<HackerNewsItem[]> {
  const items = await Promise.all(ids.map((id) => hackerNewsJson(context, `/item/${id}.json`)));
  return items.filter((item): item is HackerNewsItem => Boolean(item) && !item.deleted && !item.dead);
}

/** A story, job or poll trimmed to what a reader needs, with readable times and its discussion link. */
export function summarizeStory(item: HackerNewsItem): Record<string, unknown> {
  return withoutUndefined({
    id: item.id,
    type: item.type,
    title: item.title,
    url: item.url,
    text: item.text,
    by: item.by,
    score: item.score,
    comments: item.descendants,
    created_at: isoTime(item.time),
    hn_url: `https://news.ycombinator.com/item?id=${item.id}`,
  });
}

/** A comment trimmed to its author, text, time and reply count. */
export function summarizeComment(item: HackerNewsItem): Record<string, unknown> {
  return withoutUndefined({
    id: item.id,
    by: item.by,
    text: item.text,
    created_at: isoTime(item.time),
    replies: item.kids?.length ?? 0,
  });
}

export function isoTime(unixSeconds: number | undefined): string | undefined {
  return unixSeconds === undefined ? undefined : new Date(unixSeconds * 1000).toISOString();
}

function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
