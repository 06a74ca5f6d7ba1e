import type { UIMessage } from 'ai';
import { useEffect, useState } from 'react';
import { Chat } from './chat.tsx';

interface ChatState {
  messages: UIMessage[];
  connectedToolkits: string[];
}

/**
 * Loads the conversation kept on the server (so it survives the trip to a connect page), then
 * shows the chat. `?status=success` is where a connect page sends the user back.
 */
export function App() {
  const [state, setState] = useState<ChatState | { error: string }>();
  const [returned] = useState(() => new URLSearchParams(window.location.search).get('status'));

  useEffect(() => {
    if (returned) window.history.replaceState(null, '', '/');
    fetch('/api/chat')
      .then(async (response) => {
        if (!response.ok) throw new Error(`The chat did not load (${response.status}).`);
        setState((await response.json()) as ChatState);
      })
      .catch((error: Error) => setState({ error: error.message }));
  }, [returned]);

  return (
    <main>
      <h1>toolrouter chat</h1>
      {returned === 'success' && (
        <p className="notice" role="status">
          Connected. Tell the assistant to go on.
        </p>
      )}
      {returned === 'failed' && (
        <p className="notice error" role="alert">
          The connection did not go through. Ask the assistant for a new link.
        </p>
      )}
      {!state && <p>Loading…</p>}
      {state && 'error' in state && <p role="alert">{state.error}</p>}
      {state && 'messages' in state && (
        <Chat initialMessages={state.messages} connectedToolkits={state.connectedToolkits} />
      )}
    </main>
  );
}
