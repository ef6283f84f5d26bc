import { changeWithInterval } from "@/components/prepost/gain-format";
import { formatPercent, formatRatio } from "@/lib/format";
import type { LearningGain } from "@/lib/prepost/gain";

/** The class's figures: who counts, the means, the change with its interval, and both ways of stating the gain. */
export function GainOverview({ gain, counterbalanced }: { gain: LearningGain; counterbalanced: boolean }) {
  const { counts, score } = gain;
  return (
    <section aria-labelledby="gain-class-heading">
      <h2 id="gain-class-heading">The class</h2>
      <p>
        <strong>
          {counts.both} of {counts.total} trainee{counts.total === 1 ? "" : "s"}
        </strong>{" "}
        who started took both forms; only they count in the figures below
        {counts["pre-only"] + counts["post-only"] > 0 &&
          ` (pre-test only: ${counts["pre-only"]}; post-test only: ${counts["post-only"]})`}
        . A form counts once every scenario in it is answered.
      </p>
      {!score ? (
        <p>Nobody has taken both forms yet.</p>
      ) : (
        <ul className="figures">
          <li>
            Mean score: <strong>{formatPercent(score.meanPre)}</strong> before,{" "}
            <strong>{formatPercent(score.meanPost)}</strong> after.
          </li>
          <li>
            Mean change per trainee (paired): <strong>{changeWithInterval(score)}</strong> percentage points.
          </li>
          <li>
            Class gain, the gain of the class means (mean post − mean pre) / (100% − mean pre):{" "}
            <strong>{formatRatio(gain.gainOfMeans)}</strong>
            {gain.gainOfMeans === null && " (undefined: the mean pre-test score was perfect)"}.
          </li>
          <li>
            Mean of individual normalised gains: <strong>{formatRatio(gain.meanOfGains.mean)}</strong> over{" "}
            {gain.meanOfGains.n} trainee{gain.meanOfGains.n === 1 ? "" : "s"}
            {gain.meanOfGains.perfectPre > 0 &&
              `; ${gain.meanOfGains.perfectPre} with a perfect pre-test left out, as their gain is undefined`}
            .
          </li>
          <li>
            Form A: {formatPercent(gain.forms.A.mean)}, form B: {formatPercent(gain.forms.B.mean)} on average among
            those who took both.{" "}
            {counterbalanced
              ? `With ${counts.firstA} starting on form A and ${counts.firstB} on form B, a difference between the forms does not pass for learning.`
              : "Everyone took form A first: a difference between the forms' difficulty shows up as change."}
          </li>
        </ul>
      )}
      <p className="muted">
        Normalised gain is the share of the possible improvement achieved: 1 is from the pre-test score to full marks, 0
        is no change, and it is negative when the post-test is lower. The 95% confidence interval uses Student&apos;s t
        with one degree of freedom fewer than the trainees counted; with few trainees it is wide.
      </p>
    </section>
  );
}
