import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NOTES_API_KEY } from './notes-toolkit.ts';

/** The notes the local API holds for the key `NOTES_API_KEY`. */
export const NOTES = [
  { id: 'n2', title: 'Buy oat milk', text: 'Two cartons.' },
  { id: 'n1', title: 'Call the plumber', text: 'About the kitchen sink.' },
] as const;

export interface NotesApi {
  url: string;
  /** Every request it answered: method, path and whether it carried the right key. */
  requests: Array<{ method: string; path: string; authorized: boolean }>;
  close(): Promise<void>;
}

/**
 * A local stand-in for a notes app's REST API on 127.0.0.1: `GET /notes` answers the notes for
 * the right `x-api-key` and 401 without it, so a test sees data only when the connection worked.
 */
export async function startNotesApi(): Promise<NotesApi> {
  const requests: NotesApi['requests'] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const authorized = request.headers['x-api-key'] === NOTES_API_KEY;
    requests.push({ method: request.method ?? 'GET', path: url.pathname, authorized });
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (!authorized) return send(401, { message: 'Invalid or missing API key.' });
    if (request.method === 'GET' && url.pathname === '/notes') {
      const limit = Number(url.searchParams.get('limit') ?? NOTES.length);
      return send(200, { notes: NOTES.slice(0, limit) });
    }
    send(404, { message: `No route for ${request.method} ${url.pathname}.` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
