import { stringify } from "csv-stringify/sync";

// Spreadsheet programs run a cell that starts with one of these as a formula; a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;
// A spreadsheet that splits on semicolons (the default list separator in much of Europe), or a user who splits a
// column on commas, starts a new cell after the separator: a formula there runs too. Neutralised the same way,
// through an opening quote and spaces.
const FORMULA_AFTER_SEPARATOR = /([;,]\s*"?)([=+\-@\t\r])/g;

export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  // A number is written as digits, which no spreadsheet runs: a negative one stays a number.
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/**
 * CSV lines for rows, every cell neutralised and quoted (so a separator inside a cell never splits it, whichever
 * separator the reader assumes); the caller writes the byte-order mark once at the start.
 */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { record_delimiter: "\r\n", quoted: true, quoted_empty: true },
  );
}

// Excel opens UTF-8 reliably only with a byte-order mark.
export const UTF8_BOM = "\uFEFF";
