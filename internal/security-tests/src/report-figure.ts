/**
 * Prints one figure of a security check, in the fixed shape a later attack run can compare
 * line by line: `security <check> <figure> <detail>`.
 *
 * @example
 * reportFigure('outbound.refused', '324/324', 'canary connections 0');
 */
export function reportFigure(check: string, figure: string | number, detail = ''): void {
  process.stdout.write(`security  ${check.padEnd(34)} ${String(figure).padStart(12)}  ${detail}\n`);
}
