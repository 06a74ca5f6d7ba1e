import { MIGRATIONS, migrateStore } from '@toolrouter/core/internal';
import type { CliIo } from './cli-io.ts';
import { describeDatabase, openStore } from './open-store.ts';

/** `toolrouter migrate`: brings the database schema up to date (the server also does it on start). */
export async function migrateCommand(io: CliIo): Promise<number> {
  const store = await openStore(io.env);
  try {
    const applied = await migrateStore(store);
    io.stdout(
      `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${describeDatabase(io.env)}; schema at version ${MIGRATIONS.at(-1)?.version ?? 0}.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
