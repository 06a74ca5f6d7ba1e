// `@toolrouter/core/internal`: what the other @toolrouter packages need of core's internals (the
// server's CLI, @toolrouter/postgres). Not public API and NOT covered by semver: any release may
// change or remove these. Applications use `@toolrouter/core`.

export type { SealedSecretCounts } from './crypto/count-sealed-secrets.ts';
export { countSealedSecrets } from './crypto/count-sealed-secrets.ts';
export type { ReencryptCount, ReencryptSecretsResult } from './crypto/reencrypt-secrets.ts';
export { reencryptSecrets } from './crypto/reencrypt-secrets.ts';
export { rebuildError } from './remote/rebuild-error.ts';
export { ACCOUNT_REVISION_CHANNEL } from './store/account-revision.ts';
export { CONNECTED_ACCOUNT_CHANNEL } from './store/connected-account-events.ts';
export { migrateStore } from './store/migrate-store.ts';
export type { Migration } from './store/migrations.ts';
export { MIGRATIONS } from './store/migrations.ts';
export { resolveStore } from './store/resolve-store.ts';
