import { ActionButton } from "@/components/forms/action-button";
import { formatDateTime } from "@/lib/format";
import { startPrePostAction } from "@/lib/prepost/actions";
import type { TraineePrePost } from "@/lib/prepost/data";

const ROLE_NAMES = { pre: "pre-test", post: "post-test" } as const;

/** On the trainee's practice page: their open pre/post assessments, each offering the test that is theirs now. */
export function OpenPrePostCards({ prePosts, timeZone }: { prePosts: TraineePrePost[]; timeZone: string }) {
  if (prePosts.length === 0) return null;
  return (
    <section aria-labelledby="prepost-heading">
      <h2 id="prepost-heading">Before-and-after tests</h2>
      <p className="muted">
        Your educator uses these to see what the class learned. You get your results once the tests close.
      </p>
      <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
        {prePosts.map((p) => {
          const role = ROLE_NAMES[p.current.role];
          const label = `${p.title}: ${role}`;
          return (
            <li key={p.id} className="card" aria-labelledby={`prepost-${p.id}`}>
              <h3 id={`prepost-${p.id}`}>{label}</h3>
              <p className="muted">
                {p.className} · {p.size} scenarios · no feedback until {formatDateTime(p.closesAt, timeZone)}
              </p>
              {p.current.state === "completed" ? (
                <p>
                  {p.current.role === "pre"
                    ? "Pre-test done. Your educator opens the post-test later."
                    : "Post-test done. Thank you."}
                </p>
              ) : (
                <>
                  {p.current.state === "in-progress" && (
                    <p>
                      In progress: {p.current.answered} of {p.size} answered.
                    </p>
                  )}
                  <ActionButton
                    action={startPrePostAction}
                    fields={{ prePostId: p.id }}
                    label={`${p.current.state === "in-progress" ? "Resume" : "Start"} ${label}`}
                    pendingLabel="Opening…"
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
