import Link from "next/link";
import { EmptyView } from "@/components/dashboards/empty-view";
import { PercentLineChart } from "@/components/dashboards/line-chart";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import type { traineeView } from "@/lib/dashboards/trainee-data";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { formatDateTime, formatPercent } from "@/lib/format";

type History = NonNullable<Awaited<ReturnType<typeof traineeView>>>["history"][number];

const COLOURS = ["#1d4ed8", "#a61b1b", "#7c3aed", "#166534"];
const activity = (h: History) =>
  h.exercise?.title ?? (h.liveSession ? `Live session: ${h.liveSession.title}` : "Free practice");

/**
 * A trainee's attempts, oldest first: chart above a full-width table, each attempt numbered as on the chart's axis and
 * linked to its answer review.
 */
export function TraineeHistorySection({
  history,
  timeZone,
  reviewHref,
}: {
  history: History[];
  timeZone: string;
  reviewHref: (attemptId: string) => string;
}) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History and accuracy over time</h2>
      {history.length === 0 ? (
        <EmptyView />
      ) : (
        <div className="chart-and-table stacked">
          <PercentLineChart
            data={history.map((h, index) => ({
              label: String(index + 1),
              ...Object.fromEntries(NARRATIVE_CODES.map((c) => [c, h.narratives[c]])),
            }))}
            xKey="label"
            series={NARRATIVE_CODES.map((c, i) => ({ key: c, label: NARRATIVES[c].short, colour: COLOURS[i]! }))}
          />
          <DataTable<History>
            caption="Score and accuracy per narrative for each attempt, oldest first"
            rows={history}
            rowKey={(h) => h.id}
            columns={[
              {
                header: "Activity",
                cell: (h) => (
                  <>
                    <span className="muted">{history.indexOf(h) + 1}.</span>{" "}
                    <Link href={reviewHref(h.id)}>
                      {activity(h)}
                      <span className="visually-hidden">, {formatDateTime(h.createdAt, timeZone)}: answers</span>
                    </Link>
                    {!h.completedAt && <span className="muted"> (unfinished)</span>}
                  </>
                ),
              },
              { header: "Started", cell: (h) => formatDateTime(h.createdAt, timeZone) },
              { header: "Answers", cell: (h) => h.answers },
              { header: "Score", cell: (h) => formatPercent(h.score) },
              ...narrativeColumns<History>((h, code) => formatPercent(h.narratives[code])),
              { header: "Implications", cell: (h) => formatPercent(h.implications) },
            ]}
          />
        </div>
      )}
    </section>
  );
}
