import { changeWithInterval } from "@/components/prepost/gain-format";
import { Withheld, WithheldNote } from "@/components/reports/withheld";
import { DataTable } from "@/components/tables/data-table";
import { NARRATIVES } from "@/lib/domain/narratives";
import { formatPercent, formatRatio } from "@/lib/format";
import type { PairedSummary } from "@/lib/prepost/gain";
import { PHASE_LABELS } from "@/lib/prepost/phase";
import type { ClassReport, PairedFigures } from "@/lib/reports/report";

type PrePost = ClassReport["prePosts"][number];
interface Row {
  key: string;
  label: string;
  summary: PairedSummary | null;
}

function Figures({ figures, prePost }: { figures: PairedFigures; prePost: PrePost }) {
  if (!figures.score) return <p>Nobody has taken both forms yet.</p>;
  const rows: Row[] = [
    { key: "score", label: "Whole test", summary: figures.score },
    ...figures.narratives.map((n) => ({ key: n.narrative, label: NARRATIVES[n.narrative].short, summary: n.summary })),
    { key: "implications", label: "Implications", summary: figures.implications },
  ];
  return (
    <>
      <ul>
        <li>Trainees who took both forms: {figures.score.n}</li>
        <li>
          Class gain (the gain of the class means): <strong>{formatRatio(figures.gainOfMeans)}</strong>; mean of
          individual gains: <Withheld cell={prePost.meanOfGains}>{(v) => formatRatio(v)}</Withheld>
        </li>
      </ul>
      <DataTable<Row>
        caption={`${prePost.title}: mean score and accuracy before and after, with the mean change per trainee in percentage points`}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: "Measure", cell: (r) => r.label },
          { header: "Pre", cell: (r) => formatPercent(r.summary?.meanPre ?? null) },
          { header: "Post", cell: (r) => formatPercent(r.summary?.meanPost ?? null) },
          { header: "Change (points, 95% CI)", cell: (r) => changeWithInterval(r.summary) },
        ]}
      />
    </>
  );
}

export function ReportGain({ report }: { report: ClassReport }) {
  return (
    <section aria-labelledby="report-gain">
      <h2 id="report-gain">Learning gain</h2>
      {report.prePosts.length === 0 ? (
        <p>This class has no pre/post assessment.</p>
      ) : (
        report.prePosts.map((p) => (
          <div key={p.title} className="report-block">
            <h3>
              {p.title} <span className="muted">({PHASE_LABELS[p.phase]})</span>
            </h3>
            <Withheld cell={p.paired}>{(figures) => <Figures figures={figures} prePost={p} />}</Withheld>
            {!p.paired.shown && (
              <p>Fewer than {report.minGroup} trainees took both forms, so no figure of this assessment is shown.</p>
            )}
            <WithheldNote cells={[p.paired, p.meanOfGains]} minGroup={report.minGroup} />
          </div>
        ))
      )}
    </section>
  );
}
