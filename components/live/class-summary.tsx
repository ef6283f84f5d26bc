import { DataTable } from "@/components/tables/data-table";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import { formatPercent } from "@/lib/format";
import type { LiveSnapshot } from "@/lib/live/types";

/** The class over the whole session, per narrative, and the key of every scenario shown. */
export function ClassSummary({ summary }: { summary: NonNullable<LiveSnapshot["summary"]> }) {
  const rows = summary.byNarrative.filter((r) => r.scenarios > 0 || r.answers > 0);
  return (
    <section aria-labelledby="class-summary-heading">
      <h2 id="class-summary-heading">How the class did, by narrative</h2>
      {rows.length === 0 ? (
        <p>No scenario was answered in this session.</p>
      ) : (
        <DataTable
          caption="The class's results per narrative"
          rows={rows}
          rowKey={(r) => r.narrative}
          columns={[
            { header: "Narrative", cell: (r) => NARRATIVES[r.narrative].name },
            { header: "Scenarios", cell: (r) => r.scenarios },
            { header: "Answers", cell: (r) => r.answers },
            { header: "Narrative named", cell: (r) => formatPercent(r.narrativeShare) },
            { header: "Implication chosen", cell: (r) => formatPercent(r.implicationShare) },
          ]}
        />
      )}
      {summary.keys.length > 0 && (
        <>
          <h3>The scenarios and their keys</h3>
          <ol>
            {summary.keys.map((k) => (
              <li key={k.scenarioId}>
                <strong>{k.title}</strong>: {NARRATIVES[k.primary].name}; {IMPLICATIONS[k.correct].statement}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
