import { runCli } from '../cli/run-cli.ts';
import { captureIo } from './capture-io.ts';

/** Runs one `toolrouter` command with `env` and returns its exit code and what it printed. */
export async function runCliCaptured(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(env);
  const code = await runCli(args, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}
