#!/usr/bin/env node
// The `toolrouter` command.
import { processIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
// 130: a second signal during a graceful stop. Requests still in flight (and their outbound calls)
// would keep the process alive until they end, so exit now, as promised.
if (code === 130) process.exit(code);
