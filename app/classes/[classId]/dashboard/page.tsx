import type { Metadata } from "next";
import Link from "next/link";
import { NarrativeHeaderCells } from "@/components/narrative-header-cells";
import { notFound } from "next/navigation";
import { PercentBarChart } from "@/components/dashboards/bar-chart";
import { DashboardFiltersForm } from "@/components/dashboards/filters-form";
import { EDUCATORS, hasRole } from "@/lib/auth/guards";
import { requireUser } from "@/lib/auth/session";
import { findClassForEducator } from "@/lib/classes/data";
import { classOverview, confusionAndImplications, itemAnalysis } from "@/lib/dashboards/data";
import { filterQuery, parseDashboardFilters } from "@/lib/dashboards/filters";
import { masteryBand, strongestConfusion } from "@/lib/dashboards/statistics";
import { IMPLICATIONS, isImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { listExercisesForClass } from "@/lib/exercises/data";
import { formatPercent } from "@/lib/practice/summary";

export const metadata: Metadata = { title: "Class dashboard" };

const narrativeName = (code: string) => (isNarrativeCode(code) ? NARRATIVES[code].short : code);
const implicationName = (code: string) => (isImplicationCode(code) ? IMPLICATIONS[code].statement : code);

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const user = await requireUser(`/classes/${encodeURIComponent(classId)}/dashboard`);
  if (!hasRole(user, EDUCATORS)) notFound();
  const found = await findClassForEducator(user.id, classId);
  if (!found) notFound();
  const filters = parseDashboardFilters(await searchParams);
  const [exercises, overview, { matrix, implicationAccuracy }, items] = await Promise.all([
    listExercisesForClass(user.id, classId),
    classOverview(classId, filters),
    confusionAndImplications(classId, filters),
    itemAnalysis(classId, filters),
  ]);
  const exportAnswers = `/api/classes/${classId}/export${filterQuery(filters)}`;
  const exportSummary = `/api/classes/${classId}/export${filterQuery(filters, { view: "summary" })}`;
  const confusion = strongestConfusion(matrix);
  const exportLink = (
    <a className="button secondary" href={exportAnswers} download>
      Export CSV
    </a>
  );

  return (
    <>
      <p>
        <Link href={`/classes/${classId}`}>← {found.name}</Link>
      </p>
      <h1>Dashboard: {found.name}</h1>
      <DashboardFiltersForm filters={filters} exercises={exercises} action={`/classes/${classId}/dashboard`} />

      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">Overview</h2>
        {overview.answers === 0 ? (
          <p>No answers yet for these filters. Answers appear here as trainees work through the class&apos;s exercises.</p>
        ) : (
          <>
            <ul>
              <li>
                Completion: {overview.completion.completed} of {overview.completion.possible} exercise attempts finished (
                {formatPercent(overview.completion.rate)})
              </li>
              <li>Mean score: {formatPercent(overview.meanScore)} over {overview.answers} answers</li>
              {overview.weakest && (
                <li>
                  Weakest narrative: <strong>{NARRATIVES[overview.weakest].name}</strong>
                </li>
              )}
              {overview.anonymousAnswers > 0 && <li>{overview.anonymousAnswers} answers come from deleted accounts or former members.</li>}
            </ul>
          </>
        )}
        <h3>Mastery by trainee and narrative</h3>
        <p className="legend" aria-label="Legend">
          <span className="mastery-low">below 50%: low</span>
          <span className="mastery-developing">50–79%: developing</span>
          <span className="mastery-secure">80% and above: secure</span>
        </p>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Narrative accuracy per trainee; each cell shows the percentage and the number of answers</caption>
            <thead>
              <tr>
                <th scope="col">Trainee</th>
                <NarrativeHeaderCells />
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {overview.trainees.map((t) => (
                <tr key={t.userId}>
                  <th scope="row">
                    <Link href={`/classes/${classId}/trainees/${t.userId}${filterQuery(filters)}`}>{t.displayName}</Link>
                  </th>
                  {NARRATIVE_CODES.map((code) => {
                    const cell = t.narratives[code];
                    const band = masteryBand(cell.accuracy);
                    return (
                      <td key={code} className={`mastery mastery-${band}`}>
                        {cell.accuracy === null ? "—" : `${formatPercent(cell.accuracy)} (${cell.answers})`}
                        <span className="visually-hidden"> {band === "none" ? "no answers" : band}</span>
                      </td>
                    );
                  })}
                  <td>{formatPercent(t.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="actions">
          {exportLink}
          <a className="button secondary" href={exportSummary} download>
            Export summary CSV
          </a>
        </div>
      </section>

      <section aria-labelledby="confusion-heading">
        <h2 id="confusion-heading">Confusion between narratives</h2>
        {confusion && (
          <p>
            Most common mix-up: <strong>{NARRATIVES[confusion.actual].name}</strong> taken for{" "}
            <strong>{NARRATIVES[confusion.chosen].name}</strong> ({confusion.count} times).
          </p>
        )}
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Rows: the scenario&apos;s true narrative. Columns: the narrative chosen. Cells: number of answers.</caption>
            <thead>
              <tr>
                <th scope="col">True \ chosen</th>
                <NarrativeHeaderCells />
              </tr>
            </thead>
            <tbody>
              {NARRATIVE_CODES.map((actual) => {
                const rowTotal = NARRATIVE_CODES.reduce((s, c) => s + matrix[actual][c], 0);
                return (
                  <tr key={actual}>
                    <th scope="row">{NARRATIVES[actual].short}</th>
                    {NARRATIVE_CODES.map((chosen) => {
                      const count = matrix[actual][chosen];
                      const share = rowTotal > 0 ? count / rowTotal : 0;
                      return (
                        <td
                          key={chosen}
                          className={`heat${actual === chosen ? " diagonal" : ""}`}
                          style={{ background: actual === chosen ? undefined : `rgba(166, 27, 27, ${(share * 0.6).toFixed(2)})` }}
                        >
                          {count}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="actions">{exportLink}</div>
      </section>

      <section aria-labelledby="implications-heading">
        <h2 id="implications-heading">Implication accuracy</h2>
        <div className="chart-and-table">
          <PercentBarChart data={implicationAccuracy.map((r) => ({ label: r.implication.replace(/_/g, " ").toLowerCase(), value: r.accuracy }))} />
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Correct implication</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Accuracy</th>
                </tr>
              </thead>
              <tbody>
                {implicationAccuracy.map((r) => (
                  <tr key={r.implication}>
                    <th scope="row">{IMPLICATIONS[r.implication].statement}</th>
                    <td>{r.answers}</td>
                    <td>{formatPercent(r.accuracy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <div className="actions">{exportLink}</div>
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Item analysis</h2>
        <p className="muted">
          Facility index: the mean score on the scenario as a share of the 2 points available. Discrimination index D: the
          facility among the top 27% of trainees (ranked by their mean score in this view) minus the facility among the
          bottom 27%. D runs from −1 to 1; a negative D means weaker trainees did better than stronger ones, so the item is
          flagged for review.
        </p>
        <PercentBarChart data={items.map((i) => ({ label: i.slug, value: i.facility ?? 0 }))} height={Math.max(220, items.length * 26)} />
        <div>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Scenario</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Facility</th>
                  <th scope="col">D</th>
                  <th scope="col">Most chosen wrong narrative</th>
                  <th scope="col">Most chosen wrong implication</th>
                  <th scope="col">Median time</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.scenarioId}>
                    <th scope="row">
                      {i.title} <span className="muted">({i.slug} v{i.version})</span>
                    </th>
                    <td>{i.answers}</td>
                    <td>{i.facility === null ? "—" : i.facility.toFixed(2)}</td>
                    <td>
                      {i.discrimination === null ? "—" : i.discrimination.toFixed(2)}
                      {i.negative && <span className="flag"> ⚠ negative</span>}
                    </td>
                    <td>{i.commonWrongNarrative ? `${narrativeName(i.commonWrongNarrative.value)} (${i.commonWrongNarrative.count})` : "—"}</td>
                    <td>{i.commonWrongImplication ? `${implicationName(i.commonWrongImplication.value)} (${i.commonWrongImplication.count})` : "—"}</td>
                    <td>{i.medianTimeMs === null ? "—" : `${Math.round(i.medianTimeMs / 1000)} s`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <div className="actions">{exportLink}</div>
      </section>
    </>
  );
}
