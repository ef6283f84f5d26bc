import type { CSSProperties, ReactNode } from "react";
import type { Column } from "@/components/tables/data-table";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";

/** One column per narrative, in the report's order, for every table that breaks results down by narrative. */
export function narrativeColumns<Row>(
  cell: (row: Row, narrative: NarrativeCode) => ReactNode,
  options: {
    className?: (row: Row, narrative: NarrativeCode) => string | undefined;
    style?: (row: Row, narrative: NarrativeCode) => CSSProperties | undefined;
  } = {},
): Column<Row>[] {
  const { className, style } = options;
  return NARRATIVE_CODES.map((code) => ({
    header: NARRATIVES[code].short,
    cell: (row: Row) => cell(row, code),
    className: className ? (row: Row) => className(row, code) : undefined,
    style: style ? (row: Row) => style(row, code) : undefined,
  }));
}
