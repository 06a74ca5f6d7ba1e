/**
 * The token of an `Authorization: Bearer <token>` header, or undefined.
 *
 * @example
 * bearerToken(new Headers({ authorization: 'Bearer abc' })); // 'abc'
 */
export function bearerToken(headers: Headers): string | undefined {
  return bearerTokenOf(headers.get('authorization') ?? undefined);
}

/** The token of an `Authorization` header value, as `bearerToken` reads it. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
