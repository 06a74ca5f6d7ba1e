/**
 * Turns an operationId, a path or any label into UPPER_SNAKE: camelCase splits into words and any run
 * of characters other than letters and digits becomes one underscore.
 *
 * @example
 * toUpperSnake('issues/list-for-repo'); // 'ISSUES_LIST_FOR_REPO'
 * toUpperSnake('getHTTPStatusCode'); // 'GET_HTTP_STATUS_CODE'
 */
export function toUpperSnake(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
