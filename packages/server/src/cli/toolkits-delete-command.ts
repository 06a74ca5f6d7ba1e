import type { CliIo } from './cli-io.ts';
import { openCliRouter } from './open-cli-router.ts';

/** `toolrouter toolkits delete <slug>`: deletes a stored (imported) toolkit on every instance. */
export async function toolkitsDeleteCommand(
  io: CliIo,
  slug: string,
  options: { url?: string; config?: string },
): Promise<number> {
  const { router, close } = await openCliRouter(io, options);
  try {
    await router.toolkits.unregister(slug);
    io.stdout(`Deleted stored toolkit '${slug}'.`);
    return 0;
  } finally {
    await close();
  }
}
