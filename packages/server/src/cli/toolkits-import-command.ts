import { findOpenAPIProblem, importOpenAPI } from '@toolrouter/toolkits';
import type { CliIo } from './cli-io.ts';
import { loadOpenAPISource } from './load-openapi-source.ts';
import { openCliRouter } from './open-cli-router.ts';

/** Options of `toolrouter toolkits import`. */
export interface ToolkitsImportOptions {
  slug?: string;
  name?: string;
  baseUrl?: string;
  url?: string;
  config?: string;
  json?: boolean;
}

const FILLER_WORDS = new Set(['api', 'apis', 'rest', 'openapi', 'the', 'service', 'v1', 'v2', 'v3']);

/**
 * `toolrouter toolkits import <directory id | file>`: turns an OpenAPI 3 document into a toolkit
 * (`importOpenAPI`) and stores it with `router.toolkits.register`, so every instance and restart has
 * it. Locally into the store `serve` uses, or with `--url` through a running server. A document that
 * cannot be imported fails before anything is stored, naming its first problem.
 */
export async function toolkitsImportCommand(
  io: CliIo,
  argument: string,
  options: ToolkitsImportOptions,
): Promise<number> {
  const { document, source, directoryId } = loadOpenAPISource(argument, io.env);
  const problem = findOpenAPIProblem(document, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  if (problem) throw new Error(`cannot import ${source}: ${problem}`);
  const info = (document as { info?: { title?: string } }).info;
  const name = options.name ?? info?.title ?? directoryId ?? 'Imported API';
  const slug = options.slug ?? defaultSlug(name);
  const { toolkit, report } = importOpenAPI(document as Parameters<typeof importOpenAPI>[0], {
    slug,
    name,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  });
  if (toolkit.tools.length === 0) {
    const first = report.skipped[0];
    throw new Error(
      `cannot import ${source}: none of its ${report.operations} operations became a tool${first ? `; the first, ${first.method} ${first.path}: ${first.reason}` : ''}.`,
    );
  }
  const { router, close } = await openCliRouter(io, {
    ...(options.url ? { url: options.url } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  try {
    const stored = await router.toolkits.register(toolkit, { source });
    if (options.json) {
      io.stdout(JSON.stringify({ toolkit: stored, skipped: report.skipped }, null, 2));
      return 0;
    }
    io.stdout(
      `Imported '${stored.slug}' (${stored.name}): ${stored.toolCount} tools from ${source}; auth: ${stored.isNoAuth ? 'none' : stored.authModes.join(', ')}.`,
    );
    if (report.skipped.length > 0) {
      io.stdout(
        `Skipped ${report.skipped.length} operation(s), e.g. ${report.skipped
          .slice(0, 3)
          .map((skipped) => `${skipped.method} ${skipped.path} (${skipped.reason})`)
          .join('; ')}.`,
      );
    }
    io.stdout(
      `Every server on this store has it now; remove it with: toolrouter toolkits delete ${stored.slug}`,
    );
    return 0;
  } finally {
    await close();
  }
}

/** `Swagger Petstore` → `swaggerpetstore`; `Zoom API` → `zoom`. */
function defaultSlug(name: string): string {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER_WORDS.has(word));
  const slug = words.join('').slice(0, 40);
  if (!/^[a-z]/.test(slug)) {
    throw new Error(`cannot make a toolkit slug from the name '${name}'; give one with --slug <slug>.`);
  }
  return slug;
}
