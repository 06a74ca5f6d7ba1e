/**
 * Submits the hosted connect form of `redirectUrl` the way a browser does: it opens the page first
 * (which sets the connect cookie and puts a CSRF token in the form), then posts the form
 * (form-encoded, with the page's Origin, the cookie and the token), through `fetch` (`app.fetch` of
 * `createServer(router)`, or the global one). Returns where the page sends the user next, or the
 * page itself.
 */
export async function submitConnectForm(
  fetch: (request: Request) => Response | Promise<Response>,
  redirectUrl: string,
  fields: Record<string, string>,
): Promise<{ status: number; location: string | null; body: string }> {
  const page = await fetch(new Request(redirectUrl, { redirect: 'manual' }));
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const response = await fetch(
    new Request(redirectUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(redirectUrl).origin,
        cookie,
      },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
      redirect: 'manual',
    }),
  );
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}
