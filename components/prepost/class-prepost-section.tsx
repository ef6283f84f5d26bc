import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { MatchReportView } from "@/components/prepost/match-report-view";
import { formatDateTime } from "@/lib/format";
import { openPostTestAction } from "@/lib/prepost/actions";
import type { ClassPrePost } from "@/lib/prepost/data";
import { PHASE_LABELS } from "@/lib/prepost/phase";

interface Props {
  classId: string;
  prePosts: ClassPrePost[];
  timeZone: string;
  /** The assessment just created, to point it out. */
  created?: string;
}

/** On the class page: the class's pre/post assessments, opening each post-test, and the way to a new one. */
export function ClassPrePostSection({ classId, prePosts, timeZone, created }: Props) {
  return (
    <section aria-labelledby="prepost-heading">
      <h2 id="prepost-heading">Pre/post assessments</h2>
      <p className="muted">
        Two parallel forms measure the class before and after teaching. Both are assessments: no feedback until they
        close.
      </p>
      <div className="actions">
        <Link className="button" href={`/classes/${classId}/prepost/new`}>
          New pre/post assessment
        </Link>
        <Link className="button secondary" href={`/classes/${classId}/report`}>
          Class report
        </Link>
      </div>
      {prePosts.length === 0 ? (
        <p>No pre/post assessment yet.</p>
      ) : (
        prePosts.map((p) => (
          <article key={p.id} className="card" aria-labelledby={`prepost-${p.id}`}>
            <h3 id={`prepost-${p.id}`}>
              {p.title}
              {created === p.id && <span className="badge"> new</span>}
            </h3>
            {/* Live, so opening the post-test is announced when the page refreshes with the new phase. */}
            <p aria-live="polite">
              <strong>{PHASE_LABELS[p.phase]}</strong> · {p.report.size} scenarios per form ·{" "}
              {p.counterbalanced ? "forms swapped for half the class" : "everyone takes form A first"} · closes{" "}
              {formatDateTime(p.closesAt, timeZone)}
            </p>
            <p>
              {p.started} trainee{p.started === 1 ? "" : "s"} started · {p.completedPre} completed the pre-test ·{" "}
              {p.completedPost} completed the post-test
              {p.postOpenedAt && <> · post-test opened {formatDateTime(p.postOpenedAt, timeZone)}</>}
            </p>
            <div className="actions">
              {p.phase === "pre" && (
                <ActionButton
                  action={openPostTestAction}
                  fields={{ classId, prePostId: p.id }}
                  label={`Open post-test: ${p.title}`}
                  confirm={`Open the post-test of ${p.title}? This closes the pre-test: trainees who have not finished it can no longer answer it.`}
                  confirmLabel="Open post-test"
                  pendingLabel="Opening…"
                />
              )}
              <Link className="button secondary" href={`/classes/${classId}/prepost/${p.id}`}>
                Learning gain: {p.title}
              </Link>
            </div>
            <details>
              <summary>How well the forms match</summary>
              <MatchReportView report={p.report} idPrefix={`prepost-${p.id}`} />
            </details>
          </article>
        ))
      )}
    </section>
  );
}
