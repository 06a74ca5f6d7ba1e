/**
 * The token of an `Authorization: Bearer <token>` header, or undefined.
 *
 * @example
 * bearerToken(new Headers({ authorization: 'Bearer abc' })); // 'abc'
 */
export function bearerToken(headers: Headers): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match?.[1];
}
