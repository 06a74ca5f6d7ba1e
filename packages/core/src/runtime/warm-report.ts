/** What `router.warm()` prepared, and what it cost. */
export interface WarmReport {
  /**
   * The tool search index: how many tools, how long the build took and about how much heap it
   * holds (the heap growth across the build, so a rough figure). `null` in remote mode, where
   * the server builds its own index when it starts.
   */
  searchIndex: { tools: number; buildMs: number; heapBytes: number } | null;
  /**
   * How long the full garbage collection that ends `warm()` took (ms): it clears what the index build
   * and the warm-up searches left, so the first request does not pay for it. `null` in remote mode.
   */
  garbageCollectionMs: number | null;
}
