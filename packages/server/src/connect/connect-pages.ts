import type { ConnectLink } from '@toolrouter/core';
import { html } from 'hono/html';
import { renderPage } from './render-page.ts';

/**
 * The hosted form for API key, bearer and basic links. It posts back to its own URL (no action
 * attribute, so it works wherever the server is mounted); secret fields are password inputs and
 * never echoed back. Every value is escaped by the `html` template.
 */
export function connectFormPage(
  link: ConnectLink,
  options: { error?: string; values?: Record<string, string>; status?: number; csrf?: string } = {},
): Promise<Response> {
  const name = link.toolkitName;
  const logo =
    link.logo && /^https:\/\//.test(link.logo) ? html`<img class="logo" src="${link.logo}" alt="">\n` : '';
  const help = link.help ? html`<p class="help" id="connect-help">${link.help}</p>\n` : '';
  const error = options.error ? html`<p class="error" role="alert">${options.error}</p>\n` : '';
  const fields = link.fields.map((field, index) => {
    const id = `field-${field.name}`;
    const value = !field.secret ? options.values?.[field.name] : undefined;
    return html`<label for="${id}">${field.label}</label>
<input id="${id}" name="${field.name}" type="${field.secret ? 'password' : 'text'}" required autocomplete="off" spellcheck="false"${value ? html` value="${value}"` : ''}${help ? html` aria-describedby="connect-help"` : ''}${index === 0 ? html` autofocus` : ''}>
`;
  });
  return renderPage({
    status: options.status ?? 200,
    title: `Connect ${name}`,
    heading: `Connect ${name}`,
    body: html`${logo}<p>Enter your ${name} credentials to let your assistant use ${name} on your behalf. They are stored encrypted and never shown again.</p>
${help}${error}<form method="post">
${options.csrf ? html`<input type="hidden" name="csrf" value="${options.csrf}">\n` : ''}${fields}<button type="submit">Connect ${name}</button>
</form>
<p class="small">This link works once and expires at <time datetime="${link.expiresAt}">${formatTime(link.expiresAt)}</time>.</p>`,
  });
}

/** After a successful connection without a callback URL. */
export function connectedPage(toolkitName: string | undefined): Promise<Response> {
  const name = toolkitName ?? 'Your account';
  return renderPage({
    title: 'Connected',
    heading: `${name} is connected`,
    body: html`<p role="status">You can close this window and go back to your assistant.</p>`,
  });
}

/** After a failed or denied connection without a callback URL. */
export function connectionFailedPage(reason: string | undefined): Promise<Response> {
  return renderPage({
    status: 400,
    title: 'Not connected',
    heading: 'The account was not connected',
    body: html`<p class="error" role="alert">${reason ?? 'The connection did not complete.'}</p>
<p>Go back to your assistant and ask for a new connect link to try again.</p>`,
  });
}

/** A link that cannot be used: unknown, expired, already used, or an OAuth answer that matches no link. */
export function linkProblemPage(problem: 'not_found' | 'expired' | 'used' | 'state'): Promise<Response> {
  const pages = {
    not_found: {
      status: 404,
      heading: 'This connect link does not exist',
      text: 'Check that you opened the whole link, or ask your assistant for a new one.',
    },
    expired: {
      status: 410,
      heading: 'This connect link has expired',
      text: 'Connect links work for 10 minutes. Go back to your assistant and ask for a new one.',
    },
    used: {
      status: 410,
      heading: 'This connect link was already used',
      text: 'Each link works once. If the account is not connected yet, ask your assistant for a new link.',
    },
    state: {
      status: 400,
      heading: 'This sign-in could not be matched to a connection',
      text: 'The answer from the app did not carry a valid connect state. Start again from a new connect link.',
    },
  } as const;
  const page = pages[problem];
  return renderPage({
    status: page.status,
    title: page.heading,
    heading: page.heading,
    body: html`<p>${page.text}</p>`,
  });
}

/** A server-side problem (the toolkit has no OAuth app configured, the store is down). */
export function connectErrorPage(message: string): Promise<Response> {
  return renderPage({
    status: 500,
    title: 'Connection unavailable',
    heading: 'This connection cannot start right now',
    body: html`<p class="error" role="alert">${message}</p>`,
  });
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(11, 16)} UTC`;
}
