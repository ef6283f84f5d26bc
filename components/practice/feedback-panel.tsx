import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import { describeSource } from "@/lib/content/source-label";
import type { AnswerFeedback } from "@/lib/practice/feedback";

const VERDICT_TEXT = {
  correct: "Correct",
  accepted: "Partly right: an accepted secondary narrative (half a point)",
  wrong: "Not quite",
} as const;

export function FeedbackPanel({ feedback }: { feedback: AnswerFeedback }) {
  const { narrative, implication } = feedback;
  return (
    <>
      <h3>
        Narrative: <span className={`verdict-${narrative.verdict}`}>{VERDICT_TEXT[narrative.verdict]}</span>
      </h3>
      <p>
        You chose <strong>{NARRATIVES[narrative.chosen].name}</strong>. The primary narrative is{" "}
        <strong>{NARRATIVES[narrative.correct].name}</strong>
        {narrative.accepted.length > 0 && (
          <> (also accepted: {narrative.accepted.map((code) => NARRATIVES[code].name).join(", ")})</>
        )}
        .
      </p>
      <p>{narrative.explanation}</p>
      <h3>
        Policy implication:{" "}
        <span className={implication.isCorrect ? "verdict-correct" : "verdict-wrong"}>
          {implication.isCorrect ? "Correct" : "Not quite"}
        </span>
      </h3>
      {!implication.isCorrect && (
        <p>
          You chose <strong>{IMPLICATIONS[implication.chosen].statement}</strong>. {implication.chosenWeakness}
        </p>
      )}
      <p>
        The implication this scenario supports: <strong>{implication.correctStatement}</strong>.{" "}
        {implication.explanation}
      </p>
      <p className="muted">
        Points: {feedback.points} of 2 · Source: {describeSource(feedback.source)} ({feedback.source.seed})
      </p>
    </>
  );
}
