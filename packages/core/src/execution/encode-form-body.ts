/**
 * Encodes fields as `application/x-www-form-urlencoded` with bracket notation for nesting, the way
 * Stripe and Rack-style servers read it: `metadata[order]=6735`, `items[0][price]=price_1`.
 * `undefined` is left out, `null` becomes an empty value (Stripe's way to unset a field), empty
 * arrays and objects send nothing.
 *
 * @example
 * encodeFormBody({ amount: 2000, metadata: { order: '6735' } });
 * // 'amount=2000&metadata%5Border%5D=6735'
 */
export function encodeFormBody(fields: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) appendFormValue(params, key, value);
  return params.toString();
}

function appendFormValue(params: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return;
  if (value === null) {
    params.append(key, '');
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) appendFormValue(params, `${key}[${index}]`, item);
  } else if (value instanceof Date) {
    params.append(key, value.toISOString());
  } else if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) appendFormValue(params, `${key}[${name}]`, item);
  } else {
    params.append(key, String(value));
  }
}
