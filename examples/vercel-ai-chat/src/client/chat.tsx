import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, type DynamicToolUIPart, type UIMessage } from 'ai';
import { type FormEvent, useState } from 'react';
import { findConnectLinks } from './find-connect-links.ts';

const TOOL_LABELS: Record<string, string> = {
  TOOLROUTER_SEARCH_TOOLS: 'Searching tools',
  TOOLROUTER_GET_TOOL_SCHEMAS: 'Reading tool schemas',
  TOOLROUTER_MULTI_EXECUTE_TOOL: 'Running tools',
  TOOLROUTER_MANAGE_CONNECTIONS: 'Checking connections',
  TOOLROUTER_WAIT_FOR_CONNECTIONS: 'Waiting for connections',
};

/**
 * The chat: useChat streams answers from /api/chat. Only the new message is sent; the server keeps
 * the conversation. Tool calls show as lines, and a toolkit that needs connecting as a Connect button.
 */
export function Chat({
  initialMessages,
  connectedToolkits,
}: {
  initialMessages: UIMessage[];
  connectedToolkits: string[];
}) {
  const [transport] = useState(
    () =>
      new DefaultChatTransport({
        api: '/api/chat',
        prepareSendMessagesRequest: ({ messages }) => ({ body: { message: messages.at(-1) } }),
      }),
  );
  const { messages, sendMessage, status, error } = useChat({ messages: initialMessages, transport });
  const [input, setInput] = useState('');
  const busy = status === 'submitted' || status === 'streaming';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!input.trim() || busy) return;
    void sendMessage({ text: input });
    setInput('');
  };

  return (
    <>
      <ol className="messages" aria-label="Conversation">
        {messages.map((message) => (
          <li key={message.id} className={`message ${message.role}`} data-role={message.role}>
            {message.parts.map((part, index) => {
              const key = `${message.id}-${index}`;
              if (part.type === 'text') return <p key={key}>{part.text}</p>;
              if (part.type === 'dynamic-tool')
                return <ToolLine key={key} part={part} connectedToolkits={connectedToolkits} />;
              return null;
            })}
          </li>
        ))}
      </ol>
      {busy && (
        <p className="status" aria-live="polite">
          Thinking…
        </p>
      )}
      {error && <p role="alert">Something went wrong: {error.message}</p>}
      <form onSubmit={submit}>
        <label htmlFor="message" className="visually-hidden">
          Message
        </label>
        <input
          id="message"
          value={input}
          onChange={(event) => setInput(event.target.value)}
          placeholder="Ask about your apps…"
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: the message box is the one thing on the page
          autoFocus
        />
        <button type="submit" disabled={busy || !input.trim()}>
          Send
        </button>
      </form>
    </>
  );
}

function ToolLine({ part, connectedToolkits }: { part: DynamicToolUIPart; connectedToolkits: string[] }) {
  const links = part.state === 'output-available' ? findConnectLinks(part.output) : [];
  const state =
    part.state === 'output-available' ? 'done' : part.state === 'output-error' ? 'failed' : 'running…';
  return (
    <div className="tool">
      <span className="tool-name">
        {TOOL_LABELS[part.toolName] ?? part.toolName}: {state}
      </span>
      {links.map((link) =>
        connectedToolkits.includes(link.toolkit) ? (
          <span key={link.url} className="connected">
            ✓ {link.toolkit} connected
          </span>
        ) : (
          <a key={link.url} className="connect-button" href={link.url}>
            Connect {link.toolkit}
          </a>
        ),
      )}
    </div>
  );
}
