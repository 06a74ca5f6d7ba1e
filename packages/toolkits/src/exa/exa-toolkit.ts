import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import { exaPhrasings } from './exa-phrasings.ts';
import { exaCreateResearchTask, exaGetResearchTask, exaListResearchTasks } from './exa-research-tools.ts';
import { exaAnswer, exaFindSimilar, exaGetContents, exaSearch } from './exa-search-tools.ts';

/**
 * Exa: AI web search, similar-page discovery, page contents, cited answers and research tasks.
 *
 * @example
 * await session.execute('EXA_SEARCH', { query: 'vector database benchmarks', contents: { text: true } });
 */
export const exa = defineToolkit({
  slug: 'exa',
  name: 'Exa',
  description: 'Search the web with Exa, read pages, get cited answers and run research tasks.',
  logo: 'https://exa.ai/favicon.ico',
  categories: ['search', 'ai'],
  baseUrl: 'https://api.exa.ai',
  auth: [{ mode: 'api_key', in: 'header', name: 'x-api-key' }],
  connectHelp: 'Create an API key at https://dashboard.exa.ai/api-keys and paste it here.',
  tools: withPhrasings(
    [
      exaSearch,
      exaFindSimilar,
      exaGetContents,
      exaAnswer,
      exaCreateResearchTask,
      exaGetResearchTask,
      exaListResearchTasks,
    ],
    exaPhrasings,
  ),
});
