import Link from "next/link";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import type { classOverview } from "@/lib/dashboards/data";
import { ANSWER_SOURCE_LABELS, ANSWER_SOURCES } from "@/lib/dashboards/filters";
import { masteryBand } from "@/lib/dashboards/statistics";
import { NARRATIVES } from "@/lib/domain/narratives";
import { formatPercent } from "@/lib/format";

type Overview = Awaited<ReturnType<typeof classOverview>>;
type TraineeRow = Overview["trainees"][number];

interface Props {
  overview: Overview;
  traineeHref: (userId: string) => string;
  /** The same view limited to one source, to follow up what the counts show. */
  sourceHref: (source: string) => string;
}

function SourceCounts({ overview, sourceHref }: Pick<Props, "overview" | "sourceHref">) {
  return (
    <>
      Answers by source in these dates:{" "}
      {ANSWER_SOURCES.map((source, index) => (
        <span key={source}>
          {index > 0 && ", "}
          {overview.sources.length === 1 && overview.sources[0] === source ? (
            ANSWER_SOURCE_LABELS[source]
          ) : (
            <Link href={sourceHref(source)}>{ANSWER_SOURCE_LABELS[source]}</Link>
          )}{" "}
          {overview.answersBySource[source]}
        </span>
      ))}
    </>
  );
}

export function OverviewSection({ overview, traineeHref, sourceHref }: Props) {
  const weakestTie = overview.weakest === null && overview.byNarrative.filter((r) => r.answers > 0).length > 1;
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">Overview</h2>
      {overview.answers === 0 ? (
        <p className="empty-state">
          No answers yet for these filters. Answers appear here as trainees work through the class&apos;s exercises and
          practise on their own. <SourceCounts overview={overview} sourceHref={sourceHref} />.
        </p>
      ) : (
        <ul>
          {overview.sources.includes("exercises") && (
            <li>
              Completion: {overview.completion.completed} of {overview.completion.possible} exercise attempts finished (
              {formatPercent(overview.completion.rate)})
            </li>
          )}
          <li>
            Mean score: {formatPercent(overview.meanScore)} over {overview.answers} answers (narrative and implication
            together)
          </li>
          <li>
            <SourceCounts overview={overview} sourceHref={sourceHref} />
          </li>
          {overview.weakest ? (
            <li>
              Weakest narrative: <strong>{NARRATIVES[overview.weakest].name}</strong>
            </li>
          ) : (
            weakestTie && <li>No single weakest narrative: the lowest accuracy is shared.</li>
          )}
          {overview.anonymousAnswers > 0 && (
            <li>{overview.anonymousAnswers} answers come from deleted accounts or former members.</li>
          )}
        </ul>
      )}
      <h3 id="mastery-heading">Mastery by trainee and narrative</h3>
      <p className="muted">
        Each narrative column is the share of narrative points a trainee earned on scenarios of that narrative (half a
        point for an accepted secondary narrative), with the number of answers. <strong>Score</strong> also counts the
        policy implication: points for narrative and implication together, out of 2 per scenario. So a trainee can show
        100% on every narrative and a score of 50%.
      </p>
      <p className="legend" aria-label="Legend">
        <span className="mastery-low">below 50%: low</span>
        <span className="mastery-developing">50–79%: developing</span>
        <span className="mastery-secure">80% and above: secure</span>
      </p>
      <DataTable<TraineeRow>
        caption="Narrative accuracy per trainee, with the number of answers; the score counts narrative and implication"
        rows={overview.trainees}
        rowKey={(t) => t.userId}
        columns={[
          { header: "Trainee", cell: (t) => <Link href={traineeHref(t.userId)}>{t.displayName}</Link> },
          ...narrativeColumns<TraineeRow>(
            (t, code) => {
              const cell = t.narratives[code];
              const band = masteryBand(cell.accuracy);
              return (
                <>
                  {cell.accuracy === null ? "—" : `${formatPercent(cell.accuracy)} (${cell.answers})`}
                  <span className="visually-hidden"> {band === "none" ? "no answers" : band}</span>
                </>
              );
            },
            { className: (t, code) => `mastery mastery-${masteryBand(t.narratives[code].accuracy)}` },
          ),
          {
            header: (
              <>
                Score <span className="header-note">(narrative + implication)</span>
              </>
            ),
            cell: (t) => formatPercent(t.score),
          },
        ]}
      />
    </section>
  );
}
