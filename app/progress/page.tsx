import type { Metadata } from "next";
import Link from "next/link";
import { NarrativeHeaderCells } from "@/components/narrative-header-cells";
import { requireUser } from "@/lib/auth/session";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { listAttemptHistory } from "@/lib/practice/data";
import { formatPercent, summariseAnswers } from "@/lib/practice/summary";

export const metadata: Metadata = { title: "Progress" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const history = await listAttemptHistory(user.id);
  if (history.length === 0) {
    return (
      <>
        <h1>Your progress</h1>
        <p>You have not answered any scenarios yet.</p>
        <Link className="button" href="/practice">
          Start practice
        </Link>
      </>
    );
  }
  const sessions = history.map((attempt) => ({ attempt, summary: summariseAnswers(attempt.answers) }));
  const overall = summariseAnswers(history.flatMap((a) => a.answers));
  return (
    <>
      <h1>Your progress</h1>
      <p className="lead">
        {overall.answered} scenarios answered across {history.length} sessions; overall score{" "}
        {formatPercent(overall.score.accuracy)}.
      </p>
      <h2>Accuracy by narrative, all sessions</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Narrative</th>
              <th scope="col">Scenarios</th>
              <th scope="col">Accuracy</th>
            </tr>
          </thead>
          <tbody>
            {NARRATIVE_CODES.map((code) => {
              const ratio = overall.byNarrative[code];
              return (
                <tr key={code}>
                  <th scope="row">{NARRATIVES[code].name}</th>
                  <td>{ratio.possible}</td>
                  <td>
                    <span className="bar" style={{ width: `${(ratio.accuracy ?? 0) * 6}rem` }} aria-hidden="true" />
                    {formatPercent(ratio.accuracy)}
                  </td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">Policy implications</th>
              <td>{overall.implications.possible}</td>
              <td>
                <span className="bar" style={{ width: `${(overall.implications.accuracy ?? 0) * 6}rem` }} aria-hidden="true" />
                {formatPercent(overall.implications.accuracy)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2>Over time</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Score and accuracy per narrative for each session, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Score</th>
              <NarrativeHeaderCells />
              <th scope="col">Implications</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map(({ attempt, summary }) => (
              <tr key={attempt.id}>
                <th scope="row">
                  <Link href={`/practice/${attempt.id}`}>{dateFormat.format(attempt.createdAt)}</Link>
                  {!attempt.completedAt && <span className="muted"> (unfinished)</span>}
                </th>
                <td>
                  {summary.score.earned}/{summary.score.possible}
                </td>
                {NARRATIVE_CODES.map((code) => (
                  <td key={code}>{formatPercent(summary.byNarrative[code].accuracy)}</td>
                ))}
                <td>{formatPercent(summary.implications.accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
