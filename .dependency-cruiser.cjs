// Import rules checked by `pnpm lint` (see docs/design-notes.md, "Layers of core").
// Core's folders form layers that only point down:
//   foundation (errors, ids, session-config) <- data (store, catalog) <- domain services
//   <- session (session, meta-tools) <- API (tool-router.ts and the other root files, remote, test-support).
// Tests and test helpers may import any layer; they still may not form cycles.
const core = '^packages/core/src/';
const foundation = `${core}(errors|ids|session-config)/`;
const data = `${core}(store|catalog)/`;
const domain = `${core}(auth-config|connected-account|connect|precedence|execution|oauth|search|logs|crypto|outbound|custom-tool|provider|rate-limit|runtime)/`;
const session = `${core}(session|meta-tools|pipeline)/`;
const api = `${core}([^/]+\\.ts$|remote/|test-support/)`;
const tests = '(\\.test\\.ts$|\\.test-d\\.ts$|/test-support/)';

/** A rule that forbids a layer to import any layer above it. */
const below = (name, layer, above) => ({
  name,
  severity: 'error',
  comment: `${name}: a layer of core imports only the layers below it (docs/design-notes.md).`,
  from: { path: layer, pathNot: tests },
  to: { path: above },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide the order in which modules depend on each other; break the cycle.',
      from: {},
      to: { circular: true },
    },
    below('foundation-is-a-leaf', foundation, `${data}|${domain}|${session}|${api}`),
    below('data-below-domain', data, `${domain}|${session}|${api}`),
    below('domain-below-session', domain, `${session}|${api}`),
    below('session-below-api', session, api),
    {
      name: 'connected-account-below-connect',
      severity: 'error',
      comment:
        'connected-account-below-connect: connect builds on connected accounts (waiting for one, settling stale ones live in connected-account/), never the other way round.',
      from: { path: `${core}connected-account/`, pathNot: tests },
      to: { path: `${core}connect/` },
    },
    {
      name: 'packages-import-each-other-by-name',
      severity: 'error',
      comment:
        'Source imports another workspace package by its name (@toolrouter/...), never by a relative path.',
      from: { path: '^packages/([^/]+)/src/', pathNot: tests },
      to: { path: '^packages/([^/]+)/', pathNot: '^packages/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js'],
      conditionNames: ['@toolrouter/source', 'import', 'types', 'default'],
    },
  },
};
