import { spawn } from 'node:child_process';

/**
 * `apt-get update` then `apt-get install -y chromium`, waiting up to 10 minutes for the dpkg lock so
 * two test runs installing at once both succeed. Rejects with apt's last line when it fails.
 */
export async function installDebianChromium(aptGet: string): Promise<void> {
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  await run(aptGet, ['-qq', ...lock, 'update']);
  await run(aptGet, ['-y', '-qq', ...lock, 'install', 'chromium']);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (status) => {
      if (status === 0) return resolve();
      const last = output.trim().split('\n').at(-1) ?? '';
      reject(new Error(`${command} ${args.join(' ')} exited with ${status}: ${last}`));
    });
  });
}
