import Link from "next/link";
import { IMPLICATIONS, isImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import type { AttemptWithItems } from "@/lib/practice/data";
import { MAX_POINTS_PER_SCENARIO } from "@/lib/practice/scoring";
import { formatPercent } from "@/lib/format";
import { summariseAnswers } from "@/lib/practice/summary";

export function AttemptSummaryView({ attempt }: { attempt: AttemptWithItems }) {
  const answered = attempt.items.flatMap((item) => (item.answer ? [{ item, answer: item.answer }] : []));
  const summary = summariseAnswers(
    answered.map(({ item, answer }) => ({ ...answer, primaryNarrative: item.scenario.narratives.primary })),
  );
  const mistakes = answered.filter(({ answer }) => answer.points < MAX_POINTS_PER_SCENARIO);

  return (
    <>
      <h1>Session summary</h1>
      <p className="lead">
        You scored <strong>{summary.score.earned}</strong> of {summary.score.possible} points (
        {formatPercent(summary.score.accuracy)}).
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Accuracy by narrative and for implications</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Scenarios</th>
              <th scope="col">Accuracy</th>
            </tr>
          </thead>
          <tbody>
            {NARRATIVE_CODES.map((code) => (
              <tr key={code}>
                <th scope="row">{NARRATIVES[code].name}</th>
                <td>{summary.byNarrative[code].possible}</td>
                <td>{formatPercent(summary.byNarrative[code].accuracy)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Policy implications</th>
              <td>{summary.implications.possible}</td>
              <td>{formatPercent(summary.implications.accuracy)}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2>Review of mistakes</h2>
      {mistakes.length === 0 ? (
        <p>No mistakes in this session.</p>
      ) : (
        mistakes.map(({ item, answer }) => {
          const { scenario } = item;
          return (
            <section key={item.id} className="card" aria-labelledby={`mistake-${item.id}`}>
              <h3 id={`mistake-${item.id}`}>{scenario.title}</h3>
              <ul>
                <li>
                  Narrative: you chose{" "}
                  {isNarrativeCode(answer.chosenNarrative)
                    ? NARRATIVES[answer.chosenNarrative].name
                    : answer.chosenNarrative}
                  ; the primary narrative is {NARRATIVES[scenario.narratives.primary].name} ({answer.narrativePoints}{" "}
                  point
                  {answer.narrativePoints === 1 ? "" : "s"}).
                </li>
                <li>
                  Implication: you chose{" "}
                  {isImplicationCode(answer.chosenImplication)
                    ? IMPLICATIONS[answer.chosenImplication].statement
                    : answer.chosenImplication}
                  ; the scenario supports {IMPLICATIONS[scenario.implications.correct].statement}.
                </li>
              </ul>
              {answer.narrativePoints < 1 && <p>{scenario.explanations.narrative}</p>}
              {answer.implicationPoints < 1 && <p>{scenario.explanations.implication}</p>}
            </section>
          );
        })
      )}
      <div className="actions">
        <Link className="button" href="/practice">
          Start another session
        </Link>
        <Link className="button secondary" href="/progress">
          See your progress
        </Link>
      </div>
    </>
  );
}
