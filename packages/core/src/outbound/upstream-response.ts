/**
 * What the HTTP tool path reads of an upstream's answer. A fetch `Response` is one; the router's own
 * sender (`createUpstreamSend`) makes a lighter one from undici's `request`, without the WHATWG
 * `Request`, `Headers` and stream objects fetch builds for every call.
 */
export interface UpstreamResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  /** `null` when the answer has no body. Read it once: `text()`, or chunk by chunk with a reader. */
  readonly body: UpstreamBody | null;
  text(): Promise<string>;
}

/** The part of a `ReadableStream` the tool path uses: a reader of chunks, or dropping the rest. */
export interface UpstreamBody {
  getReader(): {
    read(): Promise<{ done: true; value?: Uint8Array | undefined } | { done: false; value: Uint8Array }>;
    cancel(): Promise<void>;
  };
  cancel(): Promise<void>;
}

/**
 * Sends one request and answers with its response; follows no redirect (`fetchSameOrigin` decides
 * which to follow). `fetch` with `redirect: 'manual'` is one.
 */
export type SendUpstream = (url: URL, init: RequestInit) => Promise<UpstreamResponse>;
