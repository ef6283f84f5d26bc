import { startExerciseAction } from "@/lib/practice/actions";
import { ActionButton } from "@/components/forms/action-button";
import { formatDateTime } from "@/lib/format";

interface OpenExercise {
  id: string;
  title: string;
  mode: string;
  closesAt: Date;
  attemptsAllowed: number;
  attemptsUsed: number;
  completed: number;
  class: { name: string };
  _count: { scenarios: number };
  unfinished: { id: string; answered: number } | null;
}

export function OpenExercises({ exercises, timeZone }: { exercises: OpenExercise[]; timeZone: string }) {
  return (
    <section aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">Your exercises</h2>
      {exercises.length === 0 ? (
        <p className="muted">No exercise is open in your classes right now.</p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {exercises.map((e) => {
            const canStart = e.unfinished !== null || e.attemptsUsed < e.attemptsAllowed;
            return (
              <li key={e.id} className="card" aria-labelledby={`exercise-${e.id}`}>
                <h3 id={`exercise-${e.id}`}>{e.title}</h3>
                <p className="muted">
                  {e.class.name} · {e._count.scenarios} scenarios ·{" "}
                  {e.mode === "ASSESSMENT" ? "Assessment" : "Practice"}
                </p>
                <p>
                  Due <strong>{formatDateTime(e.closesAt, timeZone)}</strong>
                </p>
                {e.unfinished && (
                  <p>
                    In progress: {e.unfinished.answered} of {e._count.scenarios} answered.
                  </p>
                )}
                {e.completed > 0 && !e.unfinished && (
                  <p>Completed{e.attemptsAllowed > 1 ? ` ${e.completed} of ${e.attemptsAllowed} attempts` : ""}.</p>
                )}
                {canStart && (
                  <ActionButton
                    action={startExerciseAction}
                    fields={{ exerciseId: e.id }}
                    label={e.unfinished ? `Resume ${e.title}` : `Start ${e.title}`}
                    pendingLabel="Opening…"
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
