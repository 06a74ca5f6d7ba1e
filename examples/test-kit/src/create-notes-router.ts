import { memoryStore, type Provider, ToolRouter } from '@toolrouter/core';
import { notesToolkit } from './notes-toolkit.ts';

/**
 * A router for a test: in-memory store, no built-in toolkits, only the notes toolkit pointed at the
 * local notes API, and the given public base URL for its connect links.
 */
export function createNotesRouter<TProvider extends Provider>(options: {
  provider: TProvider;
  notesApiUrl: string;
  baseUrl?: string;
}): ToolRouter<TProvider> {
  return new ToolRouter<TProvider>({
    provider: options.provider,
    store: memoryStore(),
    builtinToolkits: false,
    toolkits: [notesToolkit],
    toolkitBaseUrls: { notes: options.notesApiUrl },
    baseUrl: options.baseUrl ?? 'http://127.0.0.1:8080',
    env: {},
  });
}
