import type { ToolkitDefinition } from './toolkit/toolkit-types.ts';

/**
 * Every built-in toolkit, loaded on demand (the GitHub catalog is large, and a router that opts out
 * with `builtinToolkits: false` should not pay for it).
 *
 * @example
 * const toolkits = await loadBuiltinToolkits();
 */
export async function loadBuiltinToolkits(): Promise<ToolkitDefinition[]> {
  return Promise.all([
    import('./github/github-toolkit.ts').then((module) => module.github),
    import('./gmail/gmail-toolkit.ts').then((module) => module.gmail),
    import('./googlecalendar/googlecalendar-toolkit.ts').then((module) => module.googlecalendar),
    import('./googledrive/googledrive-toolkit.ts').then((module) => module.googledrive),
    import('./slack/slack-toolkit.ts').then((module) => module.slack),
    import('./notion/notion-toolkit.ts').then((module) => module.notion),
    import('./linear/linear-toolkit.ts').then((module) => module.linear),
    import('./hackernews/hackernews-toolkit.ts').then((module) => module.hackernews),
    import('./exa/exa-toolkit.ts').then((module) => module.exa),
    import('./firecrawl/firecrawl-toolkit.ts').then((module) => module.firecrawl),
    import('./stripe/stripe-toolkit.ts').then((module) => module.stripe),
  ]);
}
