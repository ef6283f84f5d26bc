import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import type { LiveChoice, Reveal } from "@/lib/live/types";
import { scoreAnswer } from "@/lib/practice/scoring";

/** The trainee's own result once the key is out, scored by the same rule the server stored it with. */
export function YourResult({ choice, reveal }: { choice: LiveChoice | undefined; reveal: Reveal }) {
  if (!choice) {
    return (
      <section className="feedback" aria-labelledby="your-result-heading">
        <h2 id="your-result-heading">Your answer</h2>
        <p>You did not answer this scenario.</p>
      </section>
    );
  }
  const score = scoreAnswer(
    { primaryNarrative: reveal.primary, acceptedNarratives: reveal.accepted, correctImplication: reveal.correct },
    choice,
  );
  const verdict = { correct: "correct", accepted: "partly right (an accepted narrative)", wrong: "not the key" }[
    score.narrativeVerdict
  ];
  return (
    <section className="feedback" aria-labelledby="your-result-heading">
      <h2 id="your-result-heading">Your answer: {score.points} of 2 points</h2>
      <p className={`verdict-${score.narrativeVerdict}`}>
        Narrative: {NARRATIVES[choice.narrative].name} ({verdict})
      </p>
      <p className={score.implicationCorrect ? "verdict-correct" : "verdict-wrong"}>
        Policy implication: {IMPLICATIONS[choice.implication].statement} (
        {score.implicationCorrect ? "correct" : "not the key"})
      </p>
    </section>
  );
}
