import type { CSSProperties, ReactNode } from "react";

export interface Column<Row> {
  /** The column heading; the first column's cells are row headings unless `rowHeader` is false. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  className?: string | ((row: Row) => string | undefined);
  style?: (row: Row) => CSSProperties | undefined;
}

interface DataTableProps<Row> {
  /** Names the table for screen readers, and the scrolling region around it for keyboard users. */
  caption: string;
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowHeader?: boolean;
  /** Rows after the data rows (totals). */
  footer?: ReactNode;
}

/**
 * Every table in the app: a caption, column headings, the first cell of each row as its heading, and a wrapper that
 * scrolls sideways on a phone. The wrapper is a focusable named region, so keyboard users can scroll it too.
 */
export function DataTable<Row>({
  caption,
  captionHidden = true,
  columns,
  rows,
  rowKey,
  rowHeader = true,
  footer,
}: DataTableProps<Row>) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) => {
                const className = typeof column.className === "function" ? column.className(row) : column.className;
                const style = column.style?.(row);
                return index === 0 && rowHeader ? (
                  <th key={index} scope="row" className={className} style={style}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} className={className} style={style}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
          {footer}
        </tbody>
      </table>
    </div>
  );
}
