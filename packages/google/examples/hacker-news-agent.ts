// The README's example, runnable: `GEMINI_API_KEY=... pnpm --filter @toolrouter/google example`.
// Hacker News needs no connection, so this runs as is; the SDK's automatic function calling runs the loop.
import { GoogleGenAI } from '@google/genai';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { GoogleProvider } from '../src/index.ts';

const apiKey = process.env.GEMINI_API_KEY ?? process.env.GOOGLE_API_KEY;
if (!apiKey) {
  console.error('Set GEMINI_API_KEY (and GEMINI_MODEL to pick a model other than gemini-2.5-flash).');
  process.exit(1);
}
const ai = new GoogleGenAI({ apiKey });
const provider = new GoogleProvider();
const router = new ToolRouter({ provider, store: memoryStore() });
const session = await router.create('example-user', { toolkits: ['hackernews'] });

const response = await ai.models.generateContent({
  model: process.env.GEMINI_MODEL ?? 'gemini-2.5-flash',
  contents: 'What are the top 3 stories on Hacker News right now?',
  config: { tools: [provider.callableTool(await session.tools())] },
});
for (const content of response.automaticFunctionCallingHistory ?? []) {
  for (const part of content.parts ?? []) if (part.functionCall) console.log(`[${part.functionCall.name}]`);
}
console.log(response.text);
await router.close();
