import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";

// One column heading per narrative, in the report's order, for every table that breaks results down by narrative.
export function NarrativeHeaderCells() {
  return NARRATIVE_CODES.map((code) => (
    <th key={code} scope="col">
      {NARRATIVES[code].short}
    </th>
  ));
}
