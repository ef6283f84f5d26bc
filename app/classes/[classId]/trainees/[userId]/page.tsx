import type { Metadata } from "next";
import Link from "next/link";
import { NarrativeHeaderCells } from "@/components/narrative-header-cells";
import { notFound } from "next/navigation";
import { PercentLineChart } from "@/components/dashboards/line-chart";
import { DashboardFiltersForm } from "@/components/dashboards/filters-form";
import { EDUCATORS, hasRole } from "@/lib/auth/guards";
import { requireUser } from "@/lib/auth/session";
import { findClassForEducator } from "@/lib/classes/data";
import { traineeView } from "@/lib/dashboards/data";
import { filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { dateTimeFormat } from "@/lib/exercises/window";
import { listExercisesForClass } from "@/lib/exercises/data";
import { formatPercent } from "@/lib/practice/summary";

export const metadata: Metadata = { title: "Trainee progress" };

const COLOURS = ["#1d4ed8", "#a61b1b", "#7c3aed", "#166534"];

export default async function TraineePage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId, userId } = await params;
  const user = await requireUser(`/classes/${encodeURIComponent(classId)}/trainees/${encodeURIComponent(userId)}`);
  if (!hasRole(user, EDUCATORS)) notFound();
  const found = await findClassForEducator(user.id, classId);
  if (!found) notFound();
  const filters = parseDashboardFilters(await searchParams);
  const [view, exercises] = await Promise.all([traineeView(classId, userId, filters), listExercisesForClass(user.id, classId)]);
  if (!view) notFound();
  const rows = view.history.map((h, index) => ({
    label: `${index + 1}. ${h.exercise?.title ?? "Session"}`,
    ...Object.fromEntries(NARRATIVE_CODES.map((c) => [c, h.narratives[c]])),
  }));

  return (
    <>
      <p>
        <Link href={`/classes/${classId}/dashboard${filterQuery(filters)}`}>← Dashboard: {found.name}</Link>
      </p>
      <h1>{view.trainee.displayName}</h1>
      <DashboardFiltersForm filters={filters} exercises={exercises} action={`/classes/${classId}/trainees/${userId}`} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History and accuracy over time</h2>
        {view.history.length === 0 ? (
          <p>No answers for these filters.</p>
        ) : (
          <div className="chart-and-table">
            <PercentLineChart data={rows} xKey="label" series={NARRATIVE_CODES.map((c, i) => ({ key: c, label: NARRATIVES[c].short, colour: COLOURS[i]! }))} />
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Exercise</th>
                    <th scope="col">Started</th>
                    <th scope="col">Score</th>
                    <NarrativeHeaderCells />
                    <th scope="col">Implications</th>
                  </tr>
                </thead>
                <tbody>
                  {view.history.map((h) => (
                    <tr key={h.id}>
                      <th scope="row">
                        {h.exercise?.title ?? "Session"}
                        {!h.completedAt && <span className="muted"> (unfinished)</span>}
                      </th>
                      <td>{dateTimeFormat.format(h.createdAt)}</td>
                      <td>{formatPercent(h.score)}</td>
                      {NARRATIVE_CODES.map((c) => (
                        <td key={c}>{formatPercent(h.narratives[c])}</td>
                      ))}
                      <td>{formatPercent(h.implications)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </section>
      <section aria-labelledby="calibration-heading">
        <h2 id="calibration-heading">Confidence against accuracy</h2>
        <p className="muted">A well-calibrated trainee is more accurate when more confident. Answers without a confidence rating are left out.</p>
        {view.calibration.length === 0 ? (
          <p>No confidence ratings yet.</p>
        ) : (
          <div className="chart-and-table">
            <PercentLineChart
              data={view.calibration.map((r) => ({ confidence: String(r.confidence), accuracy: r.accuracy }))}
              xKey="confidence"
              series={[{ key: "accuracy", label: "Accuracy", colour: COLOURS[0]! }]}
            />
            <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Confidence</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Accuracy</th>
                </tr>
              </thead>
              <tbody>
                {view.calibration.map((r) => (
                  <tr key={r.confidence}>
                    <th scope="row">{r.confidence}</th>
                    <td>{r.answers}</td>
                    <td>{formatPercent(r.accuracy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </div>
        )}
      </section>
      <div className="actions">
        <a className="button secondary" href={`/api/classes/${classId}/export${filterQuery(filters, { trainee: userId })}`} download>
          Export CSV
        </a>
      </div>
    </>
  );
}
