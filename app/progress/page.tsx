import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/tables/data-table";
import { narrativeColumns } from "@/components/tables/narrative-columns";
import { requireUser } from "@/lib/auth/loaders";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { env } from "@/lib/env";
import { formatDateTime, formatPercent } from "@/lib/format";
import { listAttemptHistory, listHeldAssessments } from "@/lib/practice/data";
import { summariseAnswers, type Ratio } from "@/lib/practice/summary";

export const metadata: Metadata = { title: "Progress" };

function AccuracyBar({ ratio }: { ratio: Ratio }) {
  return (
    <>
      {/* A zero shows as a sliver, not as nothing; no bar when nothing was asked. */}
      {ratio.accuracy !== null && (
        <span className="bar" style={{ width: `${Math.max(0.2, ratio.accuracy * 6)}rem` }} aria-hidden="true" />
      )}
      {formatPercent(ratio.accuracy)}
    </>
  );
}

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [history, held] = await Promise.all([listAttemptHistory(user.id), listHeldAssessments(user.id)]);
  const timeZone = env().APP_TIME_ZONE;
  const heldNote = held.length > 0 && (
    <p className="muted">
      Not counted yet:{" "}
      {held.map((e) => `${e.title} (results once it closes on ${formatDateTime(e.closesAt, timeZone)})`).join("; ")}.
    </p>
  );
  if (history.length === 0) {
    return (
      <>
        <h1>Your progress</h1>
        {heldNote}
        <p>{held.length > 0 ? "No other results yet." : "You have not answered any scenarios yet."}</p>
        <Link className="button" href="/practice">
          Start practice
        </Link>
      </>
    );
  }
  const sessions = history.map((attempt) => ({ attempt, summary: summariseAnswers(attempt.answers) }));
  const overall = summariseAnswers(history.flatMap((a) => a.answers));
  const byQuestion = [
    ...NARRATIVE_CODES.map((code) => ({ label: NARRATIVES[code].name, ratio: overall.byNarrative[code] })),
    { label: "Policy implications", ratio: overall.implications },
  ];
  type Session = (typeof sessions)[number];
  return (
    <>
      <h1>Your progress</h1>
      <p className="lead">
        {overall.answered} scenarios answered across {history.length} sessions; overall score{" "}
        {formatPercent(overall.score.accuracy)}.
      </p>
      {heldNote}
      <h2>Accuracy by narrative, all sessions</h2>
      <DataTable
        caption="Accuracy by narrative and for implications, all sessions"
        rows={byQuestion}
        rowKey={(r) => r.label}
        columns={[
          { header: "Narrative", cell: (r) => r.label },
          { header: "Scenarios", cell: (r) => r.ratio.possible },
          { header: "Accuracy", cell: (r) => <AccuracyBar ratio={r.ratio} /> },
        ]}
      />

      <h2>Over time</h2>
      <DataTable<Session>
        caption="Score and accuracy per narrative for each session, oldest first"
        rows={sessions}
        rowKey={(s) => s.attempt.id}
        columns={[
          {
            header: "Session",
            cell: ({ attempt }) => (
              <>
                <Link href={`/practice/${attempt.id}`}>{formatDateTime(attempt.createdAt, timeZone)}</Link>
                {!attempt.completedAt && <span className="muted"> (unfinished)</span>}
              </>
            ),
          },
          { header: "Score", cell: ({ summary }) => `${summary.score.earned}/${summary.score.possible}` },
          ...narrativeColumns<Session>(({ summary }, code) => formatPercent(summary.byNarrative[code].accuracy)),
          { header: "Implications", cell: ({ summary }) => formatPercent(summary.implications.accuracy) },
        ]}
      />
    </>
  );
}
