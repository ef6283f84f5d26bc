import { CitationLink } from "@/components/citation-link";
import { Mark } from "@/components/practice/mark";
import type { Citation } from "@/lib/content/citation";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { readableProse } from "@/lib/domain/labels";
import { NARRATIVES } from "@/lib/domain/narratives";
import type { AnswerFeedback } from "@/lib/practice/feedback";

const VERDICT_TEXT = {
  correct: "Correct",
  accepted: "Partly right: an accepted secondary narrative (half a point)",
  wrong: "Not quite",
} as const;

export function FeedbackPanel({ feedback, citation }: { feedback: AnswerFeedback; citation: Citation }) {
  const { narrative, implication } = feedback;
  return (
    <>
      <h3>
        Narrative:{" "}
        <span className={`verdict-${narrative.verdict}`}>
          <Mark verdict={narrative.verdict} /> {VERDICT_TEXT[narrative.verdict]}
        </span>
      </h3>
      <p>
        You chose <strong>{NARRATIVES[narrative.chosen].name}</strong>.
        {narrative.verdict !== "correct" && (
          <>
            {" "}
            The primary narrative is <strong>{NARRATIVES[narrative.correct].name}</strong>.
          </>
        )}
        {narrative.accepted.length > 0 && (
          <> Also accepted for half a point: {narrative.accepted.map((code) => NARRATIVES[code].name).join(", ")}.</>
        )}
      </p>
      {narrative.chosenExplanation && (
        <p>
          <strong>About your choice:</strong> {readableProse(narrative.chosenExplanation)}
        </p>
      )}
      <p>{readableProse(narrative.explanation)}</p>
      <h3>
        Policy implication:{" "}
        <span className={implication.isCorrect ? "verdict-correct" : "verdict-wrong"}>
          <Mark verdict={implication.isCorrect ? "correct" : "wrong"} />{" "}
          {implication.isCorrect ? "Correct" : "Not quite"}
        </span>
      </h3>
      {!implication.isCorrect && (
        <p>
          You chose <strong>{IMPLICATIONS[implication.chosen].statement}</strong>.{" "}
          {implication.chosenWeakness && readableProse(implication.chosenWeakness)}
        </p>
      )}
      <p>
        The implication this scenario supports: <strong>{implication.correctStatement}</strong>.{" "}
        {readableProse(implication.explanation)}
      </p>
      {feedback.discussion && (
        <div className="discussion">
          <h3>To discuss</h3>
          <p>{feedback.discussion}</p>
        </div>
      )}
      <p className="muted">
        Points: {feedback.points} of 2 · <CitationLink citation={citation} labelled />
      </p>
    </>
  );
}
