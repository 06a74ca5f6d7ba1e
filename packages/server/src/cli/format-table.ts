/** A column of `formatTable`: its heading and how to read a row's cell. */
export interface TableColumn<T> {
  heading: string;
  value(row: T): string | number | boolean | null | undefined;
}

/**
 * Rows as a plain-text table with a heading line, columns padded to their widest cell (cells cut
 * at 60 characters), or `(none)` when there are no rows.
 *
 * @example
 * formatTable([{ id: 'ses_1' }], [{ heading: 'ID', value: (row) => row.id }]);
 * // 'ID\nses_1'
 */
export function formatTable<T>(rows: readonly T[], columns: ReadonlyArray<TableColumn<T>>): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      const text = value === null || value === undefined || value === '' ? '-' : String(value);
      const line = text.replaceAll(/\s+/g, ' ');
      return line.length > 60 ? `${line.slice(0, 59)}…` : line;
    }),
  );
  const widths = columns.map((column, index) =>
    Math.max(column.heading.length, ...cells.map((row) => row[index]!.length)),
  );
  const render = (row: string[]) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!)))
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.heading)), ...cells.map(render)].join('\n');
}
