/**
 * Where the browser goes after a connection: the link's callbackUrl (allow-listed when the link was
 * made) with `status` (`success` or `failed`) and `connected_account_id`; undefined without one.
 */
export function callbackRedirect(
  callbackUrl: string | null,
  connectedAccountId: string,
  status: 'success' | 'failed',
): string | undefined {
  if (!callbackUrl) return undefined;
  const url = new URL(callbackUrl);
  url.searchParams.set('status', status);
  url.searchParams.set('connected_account_id', connectedAccountId);
  return url.href;
}
