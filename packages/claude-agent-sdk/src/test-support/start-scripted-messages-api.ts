import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nextScriptedStep } from '@internal/provider-conformance';

interface MessagesRequest {
  model: string;
  stream?: boolean;
  tools?: Array<{ name: string; description?: string; input_schema?: unknown }>;
  messages: Array<{
    role: string;
    content: string | Array<{ type: string; content?: string | Array<{ type: string; text?: string }> }>;
  }>;
}

/** A request the scripted API received: its path, and its body for `POST /v1/messages`. */
export interface RecordedRequest {
  method: string;
  path: string;
  body?: MessagesRequest;
}

/**
 * A local stand-in for the Anthropic Messages API (`POST /v1/messages`, streamed or not) as the Claude
 * Code CLI calls it. A request that offers the toolrouter tools (named `<prefix>TOOLROUTER_...`) is
 * answered by the toolrouter script from the `tool_result` blocks of the conversation; any other request
 * (the CLI's own side requests) gets a short text.
 */
export async function startScriptedMessagesApi({ toolPrefix }: { toolPrefix: string }) {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = request.url ?? '';
    const text = Buffer.concat(chunks).toString('utf8');
    if (request.method !== 'POST' || !path.startsWith('/v1/messages') || path.includes('count_tokens')) {
      requests.push({ method: request.method ?? '', path });
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: 'Not here.' } }),
      );
      return;
    }
    const body = JSON.parse(text) as MessagesRequest;
    requests.push({ method: 'POST', path, body });
    const offersTools = body.tools?.some((tool) => tool.name === `${toolPrefix}TOOLROUTER_SEARCH_TOOLS`);
    const step = offersTools ? nextScriptedStep(toolResultsOf(body)) : { text: 'OK' };
    const content =
      'text' in step
        ? [{ type: 'text', text: step.text }]
        : [
            {
              type: 'tool_use',
              id: `toolu_${requests.length}`,
              name: `${toolPrefix}${step.tool}`,
              input: step.args,
            },
          ];
    const message = {
      id: `msg_${requests.length}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason: 'text' in step ? 'end_turn' : 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 10, output_tokens: 5 },
    };
    if (body.stream) writeStream(response, message);
    else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(message));
    }
  });
  // Also a proxy that refuses everything: pointed at by HTTPS_PROXY, it records any attempt to go elsewhere.
  const proxied: string[] = [];
  server.on('connect', (request, socket) => {
    proxied.push(request.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Hosts something tried to reach through the proxy (`CONNECT host:port`). */
    proxied,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The text of every `tool_result` block the conversation sent back, in order: the first text part, which
 * is the tool's answer (Claude Code appends its own `<system-reminder>` parts after it).
 */
function toolResultsOf(body: MessagesRequest): string[] {
  return body.messages
    .flatMap((message) => (typeof message.content === 'string' ? [] : message.content))
    .filter((block) => block.type === 'tool_result')
    .map((block) =>
      typeof block.content === 'string'
        ? block.content
        : ((block.content ?? []).find((part) => part.type === 'text')?.text ?? ''),
    );
}

/** The message as the Messages API streams it (server-sent events). */
function writeStream(
  response: ServerResponse,
  message: { content: Array<Record<string, unknown>>; stop_reason: string } & Record<string, unknown>,
) {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (type: string, data: Record<string, unknown>) =>
    response.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  send('message_start', {
    message: { ...message, content: [], stop_reason: null, usage: { input_tokens: 10, output_tokens: 1 } },
  });
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      send('content_block_start', { index, content_block: { type: 'text', text: '' } });
      send('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } });
    } else {
      send('content_block_start', { index, content_block: { ...block, input: {} } });
      send('content_block_delta', {
        index,
        delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) },
      });
    }
    send('content_block_stop', { index });
  });
  send('message_delta', {
    delta: { stop_reason: message.stop_reason, stop_sequence: null },
    usage: { output_tokens: 5 },
  });
  send('message_stop', {});
  response.end();
}
