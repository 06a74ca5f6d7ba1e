/**
 * Submits the hosted connect form of `redirectUrl` the way a browser does (form-encoded, with the
 * page's Origin), through `fetch` (`app.fetch` of `createServer(router)`, or the global one).
 * Returns where the page sends the user next, or the page itself.
 */
export async function submitConnectForm(
  fetch: (request: Request) => Response | Promise<Response>,
  redirectUrl: string,
  fields: Record<string, string>,
): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(
    new Request(redirectUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(redirectUrl).origin,
      },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    }),
  );
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}
