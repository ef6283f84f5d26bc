import { Mark } from "@/components/practice/mark";
import { ScenarioSource } from "@/components/scenario-source";
import type { Scenario } from "@/lib/content/scenario-schema";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { readableProse } from "@/lib/domain/labels";
import { NARRATIVES } from "@/lib/domain/narratives";
import type { ReviewedAnswer } from "@/lib/practice/review";

export interface Mistake {
  id: string;
  position: number;
  scenario: Scenario;
  review: ReviewedAnswer;
}

const NARRATIVE_VERDICT = {
  correct: "right",
  accepted: "partly right (an accepted secondary narrative)",
  wrong: "wrong",
};

/** A question not fully right, shown again: the scenario, what was chosen against the key, and why. */
export function MistakeCard({ mistake }: { mistake: Mistake }) {
  const { scenario, review } = mistake;
  const headingId = `mistake-${mistake.id}`;
  const chosenExplanation =
    review.narrative === "correct" ? null : scenario.explanations.narratives?.[review.chosenNarrative]?.trim();
  const weakness = review.implicationCorrect ? null : scenario.explanations.distractors[review.chosenImplication];
  return (
    <article className="card mistake" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="muted">{mistake.position + 1}.</span> {scenario.title}
      </h3>
      {scenario.contentNote && (
        <p className="content-note">
          <strong>Content note:</strong> {scenario.contentNote}
        </p>
      )}
      <blockquote>{scenario.testimony}</blockquote>
      <p className="muted">
        {scenario.speaker}. <ScenarioSource source={scenario.source} labelled />
      </p>
      <ul className="marks">
        <li className={`verdict-${review.narrative}`}>
          <Mark verdict={review.narrative} /> Narrative {NARRATIVE_VERDICT[review.narrative]}: you chose{" "}
          <strong>{NARRATIVES[review.chosenNarrative].name}</strong>
          {review.narrative !== "correct" && (
            <>
              ; the primary narrative is <strong>{NARRATIVES[scenario.narratives.primary].name}</strong>
            </>
          )}
          .
        </li>
        <li className={review.implicationCorrect ? "verdict-correct" : "verdict-wrong"}>
          <Mark verdict={review.implicationCorrect ? "correct" : "wrong"} /> Implication{" "}
          {review.implicationCorrect ? "right" : "wrong"}: you chose{" "}
          <strong>{IMPLICATIONS[review.chosenImplication].statement}</strong>
          {!review.implicationCorrect && (
            <>
              ; the scenario supports <strong>{IMPLICATIONS[scenario.implications.correct].statement}</strong>
            </>
          )}
          .
        </li>
      </ul>
      {chosenExplanation && <p>{readableProse(chosenExplanation)}</p>}
      {review.narrative !== "correct" && <p>{readableProse(scenario.explanations.narrative)}</p>}
      {weakness && <p>{readableProse(weakness)}</p>}
      {!review.implicationCorrect && <p>{readableProse(scenario.explanations.implication)}</p>}
      {scenario.discussion?.trim() && (
        <p className="discussion">
          <strong>To discuss:</strong> {scenario.discussion}
        </p>
      )}
    </article>
  );
}
