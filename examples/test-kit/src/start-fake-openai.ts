import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ChatHistoryItem, nextChatStep, type ScriptedStep } from './chat-script.ts';

interface ChatRequest {
  model: string;
  stream?: boolean;
  messages: Array<{
    role: string;
    content?: string | Array<{ type: string; text?: string }> | null;
    tool_call_id?: string;
    tool_calls?: Array<{ id: string; function: { name: string } }>;
  }>;
  tools?: Array<{ type: string; function: { name: string } }>;
}

export interface FakeOpenAI {
  /** The base URL to give an OpenAI client: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  /** The chat completion requests it answered. */
  requests: ChatRequest[];
  close(): Promise<void>;
}

/**
 * A local stand-in for OpenAI's `POST /v1/chat/completions` (streamed as server-sent events, or
 * whole) that answers with the chat script's next step, read from the conversation in the request.
 * For the plain OpenAI SDK, which has no mock model of its own, and for any client pointed at it
 * with OPENAI_BASE_URL.
 */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: ChatRequest[] = [];
  let calls = 0;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ error: { message: `No route for ${request.url}` } }));
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    requests.push(body);
    calls += 1;
    const id = `chatcmpl_${calls}`;
    const step = nextChatStep(historyOf(body));
    const base = { id, created: 1_750_000_000, model: body.model };
    if (!body.stream) {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(
        JSON.stringify({
          ...base,
          object: 'chat.completion',
          choices: [
            { index: 0, message: messageOf(step, calls), finish_reason: finishOf(step), logprobs: null },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const send = (delta: Record<string, unknown>, finishReason: string | null = null) =>
      response.write(
        `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }] })}\n\n`,
      );
    if ('text' in step) {
      send({ role: 'assistant', content: '' });
      for (const piece of step.text.match(/.{1,12}/gs) ?? []) send({ content: piece });
    } else {
      send({ role: 'assistant', content: null, tool_calls: [toolCallOf(step, calls, 0)] });
    }
    send({}, finishOf(step));
    response.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function historyOf(body: ChatRequest): ChatHistoryItem[] {
  const names = new Map<string, string>();
  return body.messages.flatMap((message): ChatHistoryItem[] => {
    for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
    const text =
      typeof message.content === 'string'
        ? message.content
        : (message.content ?? []).map((part) => part.text ?? '').join('');
    if (message.role === 'user') return [{ role: 'user', text }];
    if (message.role === 'tool')
      return [{ role: 'tool', tool: names.get(message.tool_call_id ?? '') ?? '', output: text }];
    return [];
  });
}

function toolCallOf(step: { tool: string; args: Record<string, unknown> }, call: number, index?: number) {
  return {
    ...(index === undefined ? {} : { index }),
    id: `call_${call}`,
    type: 'function',
    function: { name: step.tool, arguments: JSON.stringify(step.args) },
  };
}

function messageOf(step: ScriptedStep, call: number) {
  if ('text' in step) return { role: 'assistant', content: step.text, refusal: null };
  return { role: 'assistant', content: null, refusal: null, tool_calls: [toolCallOf(step, call)] };
}

function finishOf(step: ScriptedStep) {
  return 'text' in step ? 'stop' : 'tool_calls';
}
