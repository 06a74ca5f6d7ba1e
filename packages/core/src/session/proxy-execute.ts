import type { HttpMethod, Tag, ToolDefinition } from '@toolrouter/toolkits';
import { toPublicTool } from '../catalog/tool.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { ExecuteToolOptions } from '../execution/execute-tool-options.ts';
import type { ToolExecutionResult } from '../execution/tool-execution-result.ts';
import { runAppTool } from '../pipeline/run-app-tool.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';
import type { SessionIdentity } from '../session-config/session-identity.ts';

export interface ProxyExecuteInput {
  toolkit: string;
  method: HttpMethod;
  /** A path under the toolkit's base URL (`/repos/octo/site/issues`), or an absolute URL that starts with it. */
  endpoint: string;
  /** JSON body for POST/PUT/PATCH. */
  body?: unknown;
  /** Extra query parameters and headers. */
  parameters?: Array<{ in: 'query' | 'header'; name: string; value: string | number | boolean }>;
  /** One of the user's accounts (id or alias); default: precedence as for any tool. */
  account?: string;
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];
const BODY_FIELD = '__toolrouter_body';

/**
 * Calls a toolkit's API directly with the session user's account: the same precedence, credential
 * injection, token refresh, retries, redaction and logging as a tool, for endpoints no tool covers.
 * Only the toolkit's own host is reachable, and the session's toolkit, tool and tag filters apply
 * (the request counts as read-only, destructive or idempotent by its method).
 */
export async function proxyExecute(
  runtime: RouterRuntime,
  session: SessionIdentity,
  given: ProxyExecuteInput,
  options: Pick<ExecuteToolOptions, 'signal'> = {},
): Promise<ToolExecutionResult> {
  // A missing or non-object input reads as an empty one, so the first missing field is named.
  const input: Partial<ProxyExecuteInput> =
    given !== null && typeof given === 'object' && !Array.isArray(given) ? given : {};
  if (typeof input.toolkit !== 'string' || input.toolkit === '') {
    throw new ValidationError({
      field: 'toolkit',
      message: "toolkit (a toolkit slug such as 'github') is required.",
    });
  }
  const toolkit = runtime.catalog.getToolkit(input.toolkit);
  const method = String(input.method ?? '').toUpperCase() as HttpMethod;
  if (!METHODS.includes(method)) {
    throw new ValidationError({ field: 'method', message: `method must be one of ${METHODS.join(', ')}.` });
  }
  const path = relativePath(input.endpoint, runtime.catalog.baseUrlOf(toolkit.slug));
  const headers: Record<string, string> = {};
  const args: Record<string, unknown> = {};
  const parameters: NonNullable<ToolDefinition['request']>['parameters'] = {};
  for (const [index, parameter] of (input.parameters ?? []).entries()) {
    if (!parameter || (parameter.in !== 'query' && parameter.in !== 'header') || !parameter.name) {
      throw new ValidationError({
        field: `parameters[${index}]`,
        message: "each parameter needs in ('query' or 'header'), name and value.",
      });
    }
    if (parameter.in === 'header') {
      const value = String(parameter.value);
      try {
        new Headers([[parameter.name, value]]);
      } catch {
        throw new ValidationError({
          field: `parameters[${index}]`,
          message: `header '${parameter.name}' is not a valid HTTP header name and value (spaces or line breaks?).`,
        });
      }
      headers[parameter.name] = value;
    } else {
      const field = `q${index}`;
      args[field] = parameter.value;
      parameters[field] = { in: 'query', name: parameter.name };
    }
  }
  if (input.body !== undefined) {
    if (method === 'GET' || method === 'HEAD') {
      throw new ValidationError({
        field: 'body',
        message: `A ${method} request has no body; send values as query parameters.`,
      });
    }
    args[BODY_FIELD] = input.body;
  }
  const slug = `${toolkit.slug.toUpperCase()}_PROXY`;
  const definition: ToolDefinition = {
    slug,
    name: `${toolkit.name} API request`,
    description: `A direct ${method} request to the ${toolkit.name} API.`,
    inputSchema: { type: 'object' },
    tags: tagsOf(method),
    request: {
      method,
      path,
      parameters,
      headers,
      ...(input.body !== undefined ? { bodyField: BODY_FIELD } : {}),
    },
  };
  const registered = { tool: toPublicTool(definition, toolkit), definition, toolkit };
  return runAppTool(runtime, session, {
    toolSlug: slug,
    registered,
    args,
    options: { ...options, ...(input.account !== undefined ? { account: input.account } : {}) },
  });
}

function relativePath(endpoint: unknown, baseUrl: string): string {
  if (typeof endpoint !== 'string' || endpoint === '') {
    throw new ValidationError({
      field: 'endpoint',
      message: "endpoint is required, e.g. '/repos/octo/site/issues'.",
    });
  }
  let path = endpoint;
  if (/^[a-z][a-z0-9+.-]*:/i.test(endpoint)) {
    const base = baseUrl.replace(/\/+$/, '');
    if (!endpoint.startsWith(`${base}/`)) {
      throw new ValidationError({
        field: 'endpoint',
        message: `endpoint '${originOf(endpoint)}' is not under this toolkit's base URL (${base}); only the toolkit's own API is reachable.`,
      });
    }
    path = endpoint.slice(base.length);
  }
  if (!path.startsWith('/')) path = `/${path}`;
  // Braces would read as placeholders; dot segments could climb out of the base path.
  if (
    path
      .split('?')[0]!
      .split('/')
      .some((segment) => segment === '..' || segment === '.')
  ) {
    throw new ValidationError({
      field: 'endpoint',
      message: "endpoint must not contain '.' or '..' segments.",
    });
  }
  return path.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

/** The endpoint's origin for a message; an unparseable one (`https:`) is quoted, cut short. */
function originOf(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return endpoint.slice(0, 100);
  }
}

function tagsOf(method: HttpMethod): Tag[] {
  if (method === 'GET' || method === 'HEAD') return ['readOnlyHint', 'idempotentHint'];
  if (method === 'DELETE') return ['destructiveHint', 'idempotentHint'];
  if (method === 'PUT') return ['idempotentHint'];
  return [];
}
