import { stringify } from "csv-stringify/sync";

// Spreadsheet programs run a cell that starts with one of these as a formula; a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  // A number is written as digits, which no spreadsheet runs: a negative one stays a number.
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** CSV lines for rows, every cell neutralised; the caller writes the byte-order mark once at the start. */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
  );
}

// Excel opens UTF-8 reliably only with a byte-order mark.
export const UTF8_BOM = "\uFEFF";
