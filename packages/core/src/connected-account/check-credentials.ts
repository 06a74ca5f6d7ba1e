import { STATUS_CODES } from 'node:http';
import type { AuthScheme, Credentials, ToolkitDefinition } from '@toolrouter/toolkits';
import { CredentialsRejectedError } from '../errors/credentials-rejected-error.ts';
import { credentialSecrets } from '../execution/apply-credentials.ts';
import { createToolFetch } from '../execution/create-tool-fetch.ts';
import { errorBodyMessage } from '../execution/error-body-message.ts';
import { redactSecrets } from '../execution/read-response.ts';
import type { RouterRuntime } from '../runtime/router-runtime.ts';

/** How long the check request may take. */
const CHECK_TIMEOUT_MS = 10_000;

/** What a passed check learnt: who the account is (login, email, workspace), when the answer says. */
export interface CredentialCheckResult {
  checked: boolean;
  label: string | null;
}

/**
 * Sends the toolkit's `credentialCheck` request with the credentials, before they are stored.
 * Passes (with the account's label) on a 2xx answer whose `okField`, if any, is true and that
 * carries no GraphQL `errors`; a toolkit without a check passes unchecked.
 *
 * @throws CredentialsRejectedError when the API refuses them, answers otherwise, or cannot be
 *   reached; its message never contains the credentials.
 */
export async function checkCredentials(
  runtime: RouterRuntime,
  toolkit: ToolkitDefinition,
  scheme: AuthScheme,
  credentials: Credentials,
): Promise<CredentialCheckResult> {
  const check = toolkit.credentialCheck;
  if (!check) return { checked: false, label: null };
  const secrets = credentialSecrets(credentials);
  const what = `${check.method} ${check.path}`;
  const refuse = (status: number | null, detail: string, cause?: unknown) =>
    new CredentialsRejectedError({
      toolkit: toolkit.slug,
      status,
      message: redactSecrets(
        `${toolkit.name} did not accept these credentials (${what} ${detail}). Nothing was stored: check them and try again.`,
        secrets,
      ),
      ...(cause ? { cause } : {}),
    });
  const toolFetch = createToolFetch({
    baseUrl: runtime.catalog.baseUrlOf(toolkit.slug),
    auth: { scheme, credentials },
    signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    fetch: runtime.execution.fetch,
    timeoutMs: CHECK_TIMEOUT_MS,
  });
  let response: Response;
  try {
    response = await toolFetch(check.path, {
      method: check.method,
      headers: {
        accept: 'application/json',
        ...(check.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...check.headers,
      },
      ...(check.body !== undefined ? { body: JSON.stringify(check.body) } : {}),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CredentialsRejectedError({
      toolkit: toolkit.slug,
      status: null,
      message: redactSecrets(
        `The credentials could not be checked: ${reason}. Nothing was stored; try again when ${toolkit.name} is reachable.`,
        secrets,
      ),
      cause: error,
    });
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text for the message.
  }
  if (!response.ok) {
    const statusText = response.statusText || STATUS_CODES[response.status] || '';
    const message = messageOf(body);
    throw refuse(
      response.status,
      `answered ${response.status}${statusText ? ` ${statusText}` : ''}${message ? `: ${message}` : ''}`,
    );
  }
  const record = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if (check.okField !== undefined && record[check.okField] !== true) {
    const message = messageOf(body);
    throw refuse(response.status, `answered ${check.okField}: false${message ? ` (${message})` : ''}`);
  }
  if (Array.isArray(record.errors) && record.errors.length > 0) {
    throw refuse(response.status, `answered with errors: ${messageOf(body) ?? 'unknown error'}`);
  }
  return { checked: true, label: identityOf(body, check.identity ?? [], secrets) };
}

function identityOf(body: unknown, paths: string[], secrets: string[]): string | null {
  for (const path of paths) {
    let value: unknown = body;
    for (const key of path.split('.')) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
    if (typeof value === 'string' && value.trim() !== '') {
      const label = value.trim().slice(0, 200);
      // Never keep something that contains a secret as a label.
      return redactSecrets(label, secrets) === label ? label : null;
    }
  }
  return null;
}

/** The message of a refused check's answer, at most 300 characters. */
function messageOf(body: unknown): string | undefined {
  return errorBodyMessage(body)?.slice(0, 300);
}
