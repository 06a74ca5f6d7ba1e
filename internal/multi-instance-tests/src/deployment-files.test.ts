import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { createServer } from '@toolrouter/server';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { USAGE } from '../../../packages/server/src/cli/run-cli.ts';

// Docker cannot run here, so these files are checked by reading them against the repository.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path));

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined and comments dropped. */
function dockerfileInstructions(text: string): Instruction[] {
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
  return lines
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword!.toUpperCase(), args: rest.join(' ') };
    });
}

/** Whether a path of the build context is left out by one of the .dockerignore patterns. */
function dockerIgnored(path: string, patterns: string[]): boolean {
  return patterns.some((pattern) => {
    const expression = pattern
      .split('**/')
      .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('(?:.*/)?');
    return new RegExp(`^${expression}(?:/.*)?$`).test(path);
  });
}

/** `@toolrouter/x` → `packages/x` for every workspace package a package needs at run time, itself included. */
function workspaceClosure(names: string[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const folder of [
    'core',
    'toolkits',
    'catalog',
    'server',
    'postgres',
    'vercel',
    'openai',
    'openai-agents',
    'langchain',
  ]) {
    if (existsSync(join(root, 'packages', folder, 'package.json')))
      byName.set(readJson(`packages/${folder}/package.json`).name, `packages/${folder}`);
  }
  const closure = new Map<string, string>();
  const visit = (name: string) => {
    const folder = byName.get(name);
    if (!folder) throw new Error(`${name} is not a workspace package.`);
    if (closure.has(name)) return;
    closure.set(name, folder);
    const dependencies = readJson(`${folder}/package.json`).dependencies ?? {};
    for (const [dependency, range] of Object.entries(dependencies))
      if (String(range).startsWith('workspace:')) visit(dependency);
  };
  for (const name of names) visit(name);
  return closure;
}

const dockerfile = dockerfileInstructions(read('Dockerfile'));
const ignorePatterns = read('.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const server = readJson('packages/server/package.json');

describe('Dockerfile', () => {
  const stages = dockerfile
    .filter((instruction) => instruction.keyword === 'FROM')
    .map((instruction) => /\bAS\s+(\S+)$/i.exec(instruction.args)?.[1]);
  const runtime = dockerfile.slice(dockerfile.findLastIndex((instruction) => instruction.keyword === 'FROM'));
  const runtimeValue = (keyword: string) =>
    runtime.find((instruction) => instruction.keyword === keyword)?.args;

  it('builds on the Node major of .nvmrc in named stages, and copies only what the context holds', () => {
    const nodeMajor = read('.nvmrc').trim().replace(/^v/, '').split('.')[0];
    expect(dockerfile[0]).toEqual({ keyword: 'ARG', args: `NODE_VERSION=${nodeMajor}` });
    expect(stages).toEqual(['build', 'runtime']);
    for (const from of dockerfile.filter((instruction) => instruction.keyword === 'FROM'))
      expect(from.args).toMatch(/^node:\$\{NODE_VERSION\}-/);

    const copies = dockerfile.filter((instruction) => instruction.keyword === 'COPY');
    expect(copies.length).toBeGreaterThan(2);
    for (const copy of copies) {
      const words = copy.args.split(/\s+/);
      const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
      const paths = words.filter((word) => !word.startsWith('--'));
      if (from) {
        expect(stages.slice(0, -1)).toContain(from);
        continue;
      }
      for (const source of paths.slice(0, -1)) {
        if (source === '.') continue;
        expect(existsSync(join(root, source)), `COPY ${source}`).toBe(true);
        expect(dockerIgnored(normalize(source), ignorePatterns), `${source} is in .dockerignore`).toBe(false);
      }
    }
    // Local installs, builds and secrets never reach the image.
    for (const path of [
      'node_modules',
      'packages/core/node_modules',
      'packages/server/dist',
      '.toolrouter',
      '.env',
      '.git',
    ])
      expect(dockerIgnored(path, ignorePatterns), path).toBe(true);
    expect(dockerIgnored('packages/server/src/cli/toolrouter.ts', ignorePatterns)).toBe(false);
  });

  it('installs with pnpm from the lockfile and packs every workspace package the server and the PostgreSQL store need', () => {
    const runs = dockerfile.filter((instruction) => instruction.keyword === 'RUN').map((run) => run.args);
    expect(runs.some((run) => run.includes('pnpm install') && run.includes('--frozen-lockfile'))).toBe(true);
    expect(readJson('package.json').packageManager).toMatch(/^pnpm@/);
    const filters = [...read('Dockerfile').matchAll(/--filter "([^"]+)\.\.\."/g)].map((match) => match[1]!);
    expect(new Set(filters)).toEqual(new Set(['@toolrouter/server', '@toolrouter/postgres']));

    const packed = (/for package in ([\w\s-]+); do/.exec(runs.join('\n'))?.[1] ?? '').trim().split(/\s+/);
    const needed = workspaceClosure(['@toolrouter/server', '@toolrouter/postgres']);
    expect(new Set(packed.map((folder) => `packages/${folder}`))).toEqual(new Set(needed.values()));
    for (const folder of needed.values()) {
      const manifest = readJson(`${folder}/package.json`);
      expect(manifest.scripts.build, folder).toBeTruthy();
      expect(manifest.files, folder).toContain('dist');
      // Packing applies publishConfig: the `@toolrouter/source` condition (src/ is not packed) goes.
      expect(JSON.stringify(manifest.publishConfig?.exports ?? {}), folder).not.toContain(
        '@toolrouter/source',
      );
    }
    const app = readJson('deploy/app/package.json');
    expect(app).toMatchObject({ private: true, type: 'module' });
    expect(app.dependencies).toBeUndefined();
  });

  it("starts the server package's own bin, as a user that is not root, with a health check on /healthz", () => {
    const entrypoint = JSON.parse(runtimeValue('ENTRYPOINT')!) as string[];
    // The image installs packed packages, whose bin is the published one (publishConfig.bin); the
    // workspace's own bin runs the TypeScript sources.
    const publishedBin: string = server.publishConfig?.bin?.toolrouter ?? server.bin.toolrouter;
    const bin = normalize(join('/app/node_modules', server.name, publishedBin));
    // Between node and the bin only V8/Node flags (the server's flags, kept in step with its bin by
    // packages/server/src/cli/server-node-flags.test.ts).
    expect(entrypoint[0]).toBe('node');
    expect(entrypoint.at(-1)).toBe(bin);
    for (const flag of entrypoint.slice(1, -1)) expect(flag).toMatch(/^--[a-z-]+(=\S+)?$/);
    // The bin is the compiled CLI: src/cli/toolrouter.ts built into dist/ by tsconfig.build.json.
    const build = readJson('packages/server/tsconfig.build.json');
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    expect(
      existsSync(
        join(root, 'packages/server', publishedBin.replace(/^\.\/dist/, 'src').replace(/\.js$/, '.ts')),
      ),
    ).toBe(true);
    const [command] = JSON.parse(runtimeValue('CMD')!) as string[];
    expect(USAGE).toMatch(new RegExp(`^\\s+${command} `, 'm'));

    const user = runtimeValue('USER');
    expect(user).toBeTruthy();
    expect(['root', '0']).not.toContain(user);
    const env = runtime
      .filter((instruction) => instruction.keyword === 'ENV')
      .map((instruction) => instruction.args)
      .join(' ');
    expect(env).toContain('NODE_ENV=production');
    const port = /\bPORT=(\d+)/.exec(env)?.[1];
    expect(runtimeValue('EXPOSE')).toBe(port);

    const healthcheck = runtimeValue('HEALTHCHECK')!;
    const probe = JSON.parse(healthcheck.slice(healthcheck.indexOf('CMD') + 3)) as string[];
    expect(probe.slice(0, 2)).toEqual(['node', '-e']);
    expect(probe[2]).toContain('/healthz');
    expect(() => new Function(probe[2]!)).not.toThrow();
  });

  it('/healthz and /readyz, which the health check and the proxy call, answer 200', async () => {
    const router = new ToolRouter({
      store: memoryStore(),
      builtinToolkits: false,
      encryptionKeys: [randomBytes(32).toString('base64')],
    });
    const app = createServer(router, { apiKey: 'unused', env: {} });
    try {
      for (const path of ['/healthz', '/readyz']) expect((await app.request(path)).status, path).toBe(200);
    } finally {
      await router.close();
    }
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as {
    services: Record<string, any>;
    volumes?: Record<string, unknown>;
  };
  const services = compose.services;
  const toolrouters = Object.keys(services).filter((name) => services[name].build);
  const caddyfile = read('deploy/Caddyfile');

  it('runs PostgreSQL, two toolrouter instances built from the Dockerfile and a proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['postgres', 'proxy', 'toolrouter-1', 'toolrouter-2']);
    expect(toolrouters).toEqual(['toolrouter-1', 'toolrouter-2']);
    for (const name of toolrouters) {
      const { context, dockerfile: file } = services[name].build;
      expect(existsSync(join(root, context, file))).toBe(true);
    }
    // Only the proxy is reachable from outside.
    expect(Object.keys(services).filter((name) => services[name].ports)).toEqual(['proxy']);
  });

  it('waits on health: every depends_on names a service with a health check and asks for service_healthy', () => {
    const hasHealthcheck = (name: string) =>
      Boolean(services[name].healthcheck) ||
      (services[name].build && read(services[name].build.dockerfile).includes('\nHEALTHCHECK'));
    let edges = 0;
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(service.depends_on ?? {})) {
        edges++;
        expect(services[dependency], `${name} depends on ${dependency}`).toBeDefined();
        expect(condition).toEqual({ condition: 'service_healthy' });
        expect(hasHealthcheck(dependency), `${dependency} has a health check`).toBe(true);
      }
    }
    expect(edges).toBe(4);
  });

  it('gives every instance the same database, keys and public URL, in variables the server reads', () => {
    const postgres = services.postgres.environment;
    const sources = [
      read('packages/server/README.md'),
      read('packages/server/src/cli/run-cli.ts'),
      read('packages/core/src/tool-router-options.ts'),
    ].join('\n');
    for (const name of toolrouters) {
      const env = services[name].environment as Record<string, string>;
      expect(env).toEqual(services['toolrouter-1'].environment);
      const database = new URL(
        env.TOOLROUTER_DATABASE_URL!.replace(/\$\{POSTGRES_PASSWORD:-\w+\}/, 'secret'),
      );
      expect(database.hostname).toBe('postgres');
      expect(database.username).toBe(postgres.POSTGRES_USER);
      expect(database.pathname).toBe(`/${postgres.POSTGRES_DB}`);
      expect(env.TOOLROUTER_API_KEY).toMatch(/^\$\{TOOLROUTER_API_KEY:\?/);
      expect(env.TOOLROUTER_ENCRYPTION_KEYS).toMatch(/^\$\{TOOLROUTER_ENCRYPTION_KEYS:\?/);
      expect(env.TOOLROUTER_BASE_URL).toBeTruthy();
      for (const variable of Object.keys(env)) expect(sources, variable).toContain(variable);
      // Longer than the server's default shutdown grace (10 s), so requests in flight can finish.
      expect(Number.parseInt(services[name].stop_grace_period, 10)).toBeGreaterThan(10);
    }
    for (const service of Object.values(services)) {
      for (const volume of (service.volumes ?? []) as string[]) {
        const [source] = volume.split(':');
        if (source!.startsWith('.')) expect(existsSync(join(root, source!)), source).toBe(true);
        else expect(compose.volumes).toHaveProperty(source!);
      }
    }
  });

  it('the proxy balances over exactly those instances, on the port they listen on, checking /readyz', () => {
    const env = read('Dockerfile');
    const port = /\bPORT=(\d+)/.exec(env)![1];
    const upstreams = /reverse_proxy\s+([^{]+)\{/.exec(caddyfile)![1]!.trim().split(/\s+/);
    expect(upstreams).toEqual(toolrouters.map((name) => `${name}:${port}`));
    expect(caddyfile).toMatch(/^\s*health_uri \/readyz$/m);
    const [published] = services.proxy.ports as string[];
    const site = /^:(\d+) \{/m.exec(caddyfile)![1];
    expect(published!.split(':').at(-1)).toBe(site);
    expect(services.proxy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
  });
});
