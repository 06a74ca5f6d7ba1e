/**
 * Everyday requests each tool answers, written for search (document expansion). Not read from any eval file.
 * Keys are tool slugs; `withPhrasings` (toolkit package) refuses a key that is not a tool of the toolkit.
 */
export const exaPhrasings: Readonly<Record<string, readonly string[]>> = {
  EXA_SEARCH: [
    'find startups building humanoid robots',
    'search the web for recent research papers on llm reasoning',
    'look up blog posts comparing rust async runtimes',
    'find companies that sell vector databases',
    'any news articles this week about the chip export ban?',
    'find personal blogs of engineers writing about postgres internals',
    'search arxiv and nature for papers on carbon capture since 2024',
    'use exa to find tweets about the new model launch',
  ],
  EXA_FIND_SIMILAR: [
    'find competitors of linear.app',
    'what other companies are like notion.so?',
    'find more papers like arxiv.org/abs/2307.06435',
    'find pages similar to this article',
    'sites like stripe.com, but not stripe itself',
    'find lookalike companies to acme.com for our prospect list',
    'show me alternatives to this product page',
    'more blogs in the same vein as this one',
  ],
  EXA_GET_CONTENTS: [
    'get the full text of these three urls',
    'read this blog post link and give me its text',
    'pull the article text behind those search results',
    'give me a short summary of each of these links',
    'grab the key highlights about pricing from these pages',
    'fetch the contents of https://example.com/blog/launch',
    'what do these web pages actually say?',
  ],
  EXA_ANSWER: [
    'what is the latest valuation of spacex?',
    'who won the most recent turing award? cite sources',
    'quick answer with sources: how big is the eu ev market?',
    'look up on the web when python 3.14 is released',
    "what's the current population of lagos, with citations",
    'give me a cited answer: does vitamin d help sleep?',
    'fact-check whether openai released a new model this week',
  ],
  EXA_CREATE_RESEARCH_TASK: [
    'do a deep research report comparing the top 5 vector databases',
    'research the competitive landscape for ai code review tools',
    'write me a cited report on lithium battery recycling startups',
    'kick off in-depth research on eu ai act obligations for startups',
    'put together a market analysis of meal kit companies with sources',
    'investigate cdn provider pricing and give me a comparison table',
    'have a research agent dig into who funds open source security',
  ],
  EXA_GET_RESEARCH_TASK: [
    'is my research report done yet?',
    'show the finished report from that deep research run',
    'check the status of the research job i started',
    'what did the research agent find?',
    'how much did that research task cost?',
    'show the searches and steps the research agent took',
  ],
  EXA_LIST_RESEARCH_TASKS: [
    'list my research tasks',
    'what research jobs have i run lately?',
    'show all my past deep research reports',
    'which of my research tasks are still running?',
    'find the research task i started yesterday about cdns',
    'my recent exa research history',
  ],
};
