/** A cell as the CSV writer takes it: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** A column of the CSV: the row key it reads and the header it is written under (default: the key). */
export interface CsvColumn<K extends string = string> {
  key: K;
  header?: string;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): = + - @,
 * and tab and carriage return, which some programs strip before looking for the others.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A finite number written by JavaScript is a plain number to a spreadsheet, never a formula (so -2.5 stays -2.5). */
const isPlainNumber = (cell: CsvCell): cell is number => typeof cell === 'number' && Number.isFinite(cell);

/**
 * One cell as it is written: text that could start a formula gains a leading apostrophe (shown as text
 * by Excel, LibreOffice and Google Sheets), and every cell is quoted, with quotes doubled (RFC 4180).
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '""';
  if (isPlainNumber(cell)) return String(cell);
  const text = String(cell);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * Writes rows as CSV (RFC 4180, CRLF line ends, a header row first), safe to open in a spreadsheet.
 * Columns are given as keys, or as `{ key, header }` to name them; keys missing from a row are empty.
 *
 * @example toCsv([{ id: 'a', value: 2.5 }], ['id', { key: 'value', header: 'Value (% of GDP)' }])
 */
export function toCsv<K extends string>(rows: readonly Partial<Record<K, CsvCell>>[], columns: readonly (K | CsvColumn<K>)[]): string {
  const cols = columns.map((column) => (typeof column === 'string' ? { key: column, header: column } : column));
  const header = cols.map((column) => csvCell(column.header ?? column.key)).join(',');
  const body = rows.map((row) => cols.map((column) => csvCell(row[column.key])).join(','));
  return [header, ...body].join('\r\n') + '\r\n';
}
