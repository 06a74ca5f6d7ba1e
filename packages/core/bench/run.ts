// `pnpm bench` in @toolrouter/core: every core benchmark, one after the other.
import { runExecuteOverheadBench } from './execute-overhead-bench.ts';
import { runSearchBench } from './search-bench.ts';

await runExecuteOverheadBench();
await runSearchBench();
