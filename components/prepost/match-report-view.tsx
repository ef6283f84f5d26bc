import { DataTable } from "@/components/tables/data-table";
import { implicationName, narrativeShortName } from "@/lib/domain/labels";
import type { CountPair, MatchReport } from "@/lib/prepost/match-report";

const mean = (value: number) => value.toFixed(2);

/** How well the two forms match: counts side by side, so the educator can judge the forms' parallelism. */
export function MatchReportView({ report, idPrefix }: { report: MatchReport; idPrefix: string }) {
  // Every column has a heading, the first included (axe: empty-table-header).
  const table = <K extends string | number>(
    caption: string,
    heading: string,
    rows: CountPair<K>[],
    name: (key: K) => string,
  ) => (
    <DataTable<CountPair<K>>
      caption={caption}
      captionHidden={false}
      rows={rows}
      rowKey={(r) => String(r.key)}
      columns={[
        { header: heading, cell: (r) => name(r.key) },
        { header: "Form A", cell: (r) => r.a },
        { header: "Form B", cell: (r) => r.b },
      ]}
    />
  );
  return (
    <div className="match-report" id={`${idPrefix}-match`}>
      <p>
        {report.size} scenarios per form, none in both. Implication keys: <strong>{report.implicationsMatched}</strong>{" "}
        of {report.size} scenarios matched by one with the same key in the other form. Mean difficulty:{" "}
        <strong>{mean(report.meanDifficulty.a)}</strong> (form A) and <strong>{mean(report.meanDifficulty.b)}</strong>{" "}
        (form B); {report.difficultiesMatched} of {report.size} matched on difficulty level.
      </p>
      <div className="grid">
        {table("Scenarios per narrative", "Narrative", report.narratives, narrativeShortName)}
        {table("Scenarios per implication key", "Implication key", report.implications, implicationName)}
        {table("Scenarios per difficulty level", "Difficulty", report.difficulties, (level) => `Difficulty ${level}`)}
      </div>
    </div>
  );
}
