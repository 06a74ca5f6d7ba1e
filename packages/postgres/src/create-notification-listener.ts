import pg from 'pg';
import { quoteIdentifier } from './channel-name.ts';

type Listener = (payload: string) => void;
type GapListener = (phase: 'start' | 'end') => void;

export interface NotificationListener {
  /**
   * Listens on a PostgreSQL channel; resolves once LISTEN is in place. Returns the unsubscribe
   * function. `onGap` hears `'start'` when the connection drops and `'end'` once it listens again.
   */
  subscribe(channel: string, listener: Listener, onGap?: GapListener): Promise<() => void>;
  close(): Promise<void>;
}

export interface NotificationListenerOptions {
  /** Config of the dedicated connection (the pool's, or built from the connection string). */
  clientConfig: pg.ClientConfig;
  /** Turns a failure to connect into the store's error. */
  connectError(cause: unknown): Error;
  /** The error of a call after close. */
  closedError(): Error;
  /** First and longest pause between reconnection attempts. */
  reconnectDelayMs?: { first: number; max: number };
}

/**
 * One dedicated LISTEN connection shared by every subscription of a store. It opens on the first
 * subscribe, delivers each notification to the in-process listeners of its channel, and, when the
 * connection drops, reconnects with backoff and listens on every channel again. Notifications sent
 * while it is reconnecting are lost (NOTIFY is not a queue), so waiters re-read state on wake-up,
 * and subscribers that keep state by the notifications hear of the gap (`onGap`).
 */
export function createNotificationListener(options: NotificationListenerOptions): NotificationListener {
  const { first, max } = options.reconnectDelayMs ?? { first: 100, max: 5_000 };
  const listeners = new Map<string, Set<Listener>>();
  const gapListeners = new Set<GapListener>();
  /** The connection dropped and has not listened again yet: `'start'` was told, `'end'` is due. */
  let inGap = false;
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let closed = false;

  function deliver(message: pg.Notification): void {
    for (const listener of [...(listeners.get(message.channel) ?? [])]) {
      try {
        listener(message.payload ?? '');
      } catch {
        // A listener's own failure must not stop delivery to the others.
      }
    }
  }

  function tellGap(phase: 'start' | 'end'): void {
    if (inGap === (phase === 'start')) return;
    inGap = phase === 'start';
    for (const onGap of [...gapListeners]) {
      try {
        onGap(phase);
      } catch {
        // As for listeners: one subscriber's failure must not keep the others uninformed.
      }
    }
  }

  async function open(): Promise<pg.Client> {
    const candidate = new pg.Client(options.clientConfig);
    candidate.on('notification', deliver);
    candidate.on('error', () => dropped(candidate));
    candidate.on('end', () => dropped(candidate));
    try {
      await candidate.connect();
      for (const channel of listeners.keys()) await candidate.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (cause) {
      await candidate.end().catch(() => {});
      throw options.connectError(cause);
    }
    if (closed) {
      await candidate.end().catch(() => {});
      throw options.closedError();
    }
    client = candidate;
    tellGap('end');
    return candidate;
  }

  function connection(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    connecting ??= open().finally(() => {
      connecting = undefined;
    });
    return connecting;
  }

  function dropped(lost: pg.Client): void {
    if (client !== lost) return;
    client = undefined;
    tellGap('start');
    lost.end().catch(() => {});
    if (!closed && listeners.size > 0) reconnect(first);
  }

  function reconnect(delayMs: number): void {
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => {
      if (closed || client || listeners.size === 0) return;
      connection().catch(() => reconnect(Math.min(delayMs * 2, max)));
    }, delayMs);
    reconnectTimer.unref();
  }

  const pendingListens = new Map<string, Promise<void>>();

  return {
    async subscribe(channel, listener, onGap) {
      if (closed) throw options.closedError();
      if (onGap) gapListeners.add(onGap);
      let channelListeners = listeners.get(channel);
      const isNew = !channelListeners;
      channelListeners ??= new Set();
      channelListeners.add(listener);
      listeners.set(channel, channelListeners);
      let subscribed = true;
      function unsubscribe(): void {
        if (!subscribed) return;
        subscribed = false;
        if (onGap) gapListeners.delete(onGap);
        const current = listeners.get(channel);
        if (!current?.delete(listener) || current.size > 0) return;
        listeners.delete(channel);
        client?.query(`UNLISTEN ${quoteIdentifier(channel)}`).catch(() => {});
      }
      // Later subscribers to a channel wait for the first one's LISTEN too: until it is in place,
      // nothing on the channel would reach them.
      if (isNew) {
        const started = connection().then(async (listening) => {
          await listening.query(`LISTEN ${quoteIdentifier(channel)}`);
        });
        pendingListens.set(channel, started);
        started.then(
          () => pendingListens.get(channel) === started && pendingListens.delete(channel),
          () => pendingListens.get(channel) === started && pendingListens.delete(channel),
        );
      }
      try {
        await (pendingListens.get(channel) ?? connection());
      } catch (error) {
        unsubscribe();
        throw error;
      }
      return unsubscribe;
    },
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      listeners.clear();
      gapListeners.clear();
      const open = client ?? (await connecting?.catch(() => undefined));
      client = undefined;
      await open?.end().catch(() => {});
    },
  };
}
