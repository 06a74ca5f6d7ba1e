// `pnpm instructions:server [REST|MCP|FORWARDER] [inFlight]`: CPU instructions per call of the
// bench's server (bench-server.ts) under the load of performance-bench.ts's REST or MCP rows,
// counted by valgrind's callgrind (collection on only around the measured calls; every thread,
// the garbage collector's and the compiler's included). Unlike CPU time, the count hardly moves
// with the machine's load (±1% between runs where CPU time swings ±20%), so it can tell whether a
// change to the request path does less work on a busy shared machine. Needs valgrind; the server
// runs ~50× slower under it, so a run takes a minute or two.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { echoLoad, forkBenchServer, startApi } from './bench-support.ts';

const kind = (process.argv[2] ?? 'REST').toUpperCase();
const inFlight = Number(process.argv[3] ?? 16);
const CALLS = Number(process.env.BENCH_CALLS ?? 600);
/** Calls before counting: under valgrind the JIT needs many to settle (its compiling is counted). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 600);
const KEEP = process.env.INSTRUCTIONS_KEEP;
if (KEEP) mkdirSync(KEEP, { recursive: true });
if (kind !== 'REST' && kind !== 'MCP' && kind !== 'FORWARDER')
  throw new Error(`count REST, MCP or FORWARDER, not '${kind}'`);

const api = await startApi();
const directory = mkdtempSync(join(tmpdir(), 'toolrouter-instructions-'));
const server = await forkBenchServer<{ port: number }>(
  {
    BENCH_API_URL: api.url,
    BENCH_DATABASE: join(directory, 'instructions.db'),
    ...(kind === 'FORWARDER' ? { BENCH_MODE: 'forwarder' } : {}),
  },
  {
    execPath: 'valgrind',
    args: [
      '--tool=callgrind',
      '--instr-atstart=no',
      '--separate-threads=yes',
      `--callgrind-out-file=${join(directory, 'callgrind.%p')}`,
    ],
  },
);
const callgrind = (...args: string[]) =>
  execFileSync('callgrind_control', [...args, String(server.child.pid)], { stdio: 'ignore' });
try {
  const load = await echoLoad(server.url, kind, inFlight);
  await load(WARMUP);
  callgrind('--instr=on');
  await load(CALLS);
  callgrind('--instr=off');
  callgrind('--dump');
  // The dump is written by the server process itself, a moment after the request.
  await new Promise((resolve) => setTimeout(resolve, 500));
  let instructions = 0;
  let mainThread = 0;
  for (const file of readdirSync(directory).filter((name) => name.startsWith('callgrind.'))) {
    const text = readFileSync(join(directory, file), 'utf8');
    const totals = /^totals: (\d+)/m.exec(text);
    if (totals) instructions += Number(totals[1]);
    // One file per thread (`--separate-threads`); thread 1 is the event loop's, which bounds the
    // calls/s at 16 in flight (compiler and GC helper threads run beside it).
    if (totals && /^thread: 1$/m.test(text)) mainThread += Number(totals[1]);
    // INSTRUCTIONS_KEEP=<dir> keeps the dumps for `callgrind_annotate` (where the instructions go).
    if (KEEP) copyFileSync(join(directory, file), join(KEEP, file));
  }
  if (instructions === 0) throw new Error('callgrind wrote no totals');
  console.log(
    `${kind}, ${inFlight} in flight: ${(instructions / CALLS / 1e6).toFixed(3)} M instructions per call, ${(mainThread / CALLS / 1e6).toFixed(3)} M on the main thread (${CALLS} calls after ${WARMUP})`,
  );
} finally {
  await server.close();
  await api.close();
  rmSync(directory, { recursive: true, force: true });
}
