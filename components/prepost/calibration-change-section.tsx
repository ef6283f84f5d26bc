import { PrePostBarChart } from "@/components/dashboards/paired-bar-chart";
import { changeWithInterval } from "@/components/prepost/gain-format";
import { DataTable } from "@/components/tables/data-table";
import { formatPercent, formatPointChange } from "@/lib/format";
import type { RatingRow } from "@/lib/prepost/data";
import type { LearningGain } from "@/lib/prepost/gain";

const accuracy = (r: { answers: number; points: number }) => (r.answers > 0 ? r.points / (2 * r.answers) : null);
const signed = (gap: number | null) =>
  gap === null
    ? "—"
    : `${formatPointChange(gap)} (${gap > 0 ? "over-confident" : gap < 0 ? "under-confident" : "even"})`;

/** Confidence against accuracy, before and after. */
export function CalibrationChangeSection({ gain, ratings }: { gain: LearningGain; ratings: RatingRow[] }) {
  const { summary, meanGapPre, meanGapPost } = gain.calibration;
  return (
    <section aria-labelledby="gain-calibration-heading">
      <h2 id="gain-calibration-heading">Calibration: confidence against accuracy</h2>
      <p className="muted">
        The calibration gap is a trainee&apos;s mean confidence (rating 1 read as 0%, 5 as 100%) minus their accuracy,
        on answers with a rating: positive means over-confident. Trainees who rated answers on both forms count.
      </p>
      {!summary ? (
        <p>No trainee rated their confidence on both forms.</p>
      ) : (
        <ul className="figures">
          <li>
            Mean gap: {signed(meanGapPre)} before, {signed(meanGapPost)} after, over {summary.n} trainee
            {summary.n === 1 ? "" : "s"}.
          </li>
          <li>
            Change in the size of the gap: <strong>{changeWithInterval(summary)}</strong> percentage points (negative is
            better calibrated).
          </li>
        </ul>
      )}
      {ratings.length > 0 && (
        <div className="chart-and-table">
          <PrePostBarChart
            data={ratings.map((r) => ({
              label: `Confidence ${r.confidence}`,
              pre: accuracy(r.pre),
              post: accuracy(r.post),
            }))}
          />
          <DataTable<RatingRow>
            caption="Accuracy at each confidence rating, before and after, of the trainees who took both forms"
            rows={ratings}
            rowKey={(r) => String(r.confidence)}
            columns={[
              { header: "Confidence", cell: (r) => r.confidence },
              { header: "Answers before", cell: (r) => r.pre.answers },
              { header: "Accuracy before", cell: (r) => formatPercent(accuracy(r.pre)) },
              { header: "Answers after", cell: (r) => r.post.answers },
              { header: "Accuracy after", cell: (r) => formatPercent(accuracy(r.post)) },
            ]}
          />
        </div>
      )}
    </section>
  );
}
