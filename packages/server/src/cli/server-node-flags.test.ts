import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The string literals of `const <name> = [...]` in a source file. */
function flagsIn(path: URL, name: string): string[] {
  const text = readFileSync(path, 'utf8');
  const list = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(text)?.[1];
  if (list === undefined) throw new Error(`${path.pathname} has no ${name}`);
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] as string);
}

describe('the V8 flags the server runs with', () => {
  const flags = flagsIn(new URL('../../bin/toolrouter.js', import.meta.url), 'SERVER_NODE_FLAGS');

  it('cap the young generation', () => {
    expect(flags).toEqual(['--max-semi-space-size=16']);
  });

  it('are the Docker image entrypoint’s flags', () => {
    const dockerfile = readFileSync(new URL('../../../../Dockerfile', import.meta.url), 'utf8');
    const entrypoint = /^ENTRYPOINT (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(entrypoint ?? '[]')).toEqual([
      'node',
      ...flags,
      '/app/node_modules/@toolrouter/server/dist/cli/toolrouter.js',
    ]);
  });

  it('are what the catalog bench measures the start with', () => {
    expect(
      flagsIn(new URL('../../../catalog/bench/catalog-bench.ts', import.meta.url), 'SERVER_NODE_FLAGS'),
    ).toEqual(flags);
  });
});
