// Prints how many tokens (o200k_base, the GPT-4o / GPT-5 tokenizer) an agent's tool definitions cost:
// toolrouter's meta-tools versus every tool of the GitHub, Gmail and Slack toolkits given directly.
// Run: pnpm --filter @internal/provider-conformance bench
import { randomBytes } from 'node:crypto';
import { memoryStore, type OpenAIChatTool, ToolRouter } from '@toolrouter/core';
import { github, gmail, slack, type ToolkitDefinition } from '@toolrouter/toolkits';
import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';

const encoder = new Tiktoken(o200kBase);
const countTokens = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** A toolkit's tools as OpenAI function tools, the way a model would be given them without a router. */
function asFunctionTools(toolkit: ToolkitDefinition): OpenAIChatTool[] {
  return toolkit.tools.map((tool) => ({
    type: 'function',
    function: { name: tool.slug, description: tool.description, parameters: tool.inputSchema, strict: false },
  }));
}

const router = new ToolRouter({
  store: memoryStore(),
  builtinToolkits: false,
  encryptionKeys: [randomBytes(32).toString('base64')],
});
const session = await router.create('user_1');
const metaTools = await session.tools();
await router.close();

const rows: Array<[string, number, number]> = [];
for (const tool of metaTools) rows.push([tool.function.name, 1, countTokens(tool)]);
const metaTotal = countTokens(metaTools);
rows.push(['meta-tools, all together', metaTools.length, metaTotal]);

let directTotal = 0;
let directCount = 0;
for (const toolkit of [github, gmail, slack]) {
  const tools = asFunctionTools(toolkit);
  const tokens = countTokens(tools);
  rows.push([`${toolkit.slug}: every tool`, tools.length, tokens]);
  directTotal += tokens;
  directCount += tools.length;
}
rows.push(['github + gmail + slack, every tool', directCount, directTotal]);

const format = (value: number) => value.toLocaleString('en-US');
console.log('Tool definitions as OpenAI function tools (JSON), counted with o200k_base:\n');
console.log(`${'definitions'.padEnd(40)} ${'tools'.padStart(6)} ${'tokens'.padStart(12)}`);
for (const [label, tools, tokens] of rows) {
  console.log(`${label.padEnd(40)} ${format(tools).padStart(6)} ${format(tokens).padStart(12)}`);
}
console.log(
  `\nThe meta-tools cost ${format(metaTotal)} tokens per request instead of ${format(directTotal)}: ` +
    `${(directTotal / metaTotal).toFixed(0)}x fewer (${((metaTotal / directTotal) * 100).toFixed(2)}%).`,
);
