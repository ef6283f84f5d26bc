import Link from "next/link";
import { DataTable } from "@/components/tables/data-table";
import type { listExercisesForClass } from "@/lib/exercises/data";
import { WINDOW_STATE_LABELS, windowState } from "@/lib/exercises/window";
import { formatDateTime } from "@/lib/format";

type Exercise = Awaited<ReturnType<typeof listExercisesForClass>>[number];

export function ClassExercises({
  classId,
  exercises,
  timeZone,
}: {
  classId: string;
  exercises: Exercise[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">Exercises</h2>
      <div className="actions">
        <Link className="button" href={`/classes/${classId}/exercises/new`}>
          New exercise
        </Link>
        <Link className="button secondary" href={`/classes/${classId}/dashboard`}>
          Dashboard
        </Link>
      </div>
      {exercises.length === 0 ? (
        <p>No exercises yet.</p>
      ) : (
        <DataTable<Exercise>
          caption="Exercises of this class"
          rows={exercises}
          rowKey={(e) => e.id}
          columns={[
            {
              header: "Exercise",
              cell: (e) => <Link href={`/classes/${classId}/dashboard?exercise=${e.id}`}>{e.title}</Link>,
            },
            { header: "Mode", cell: (e) => (e.mode === "ASSESSMENT" ? "Assessment" : "Practice") },
            { header: "Scenarios", cell: (e) => e._count.scenarios },
            { header: "Opens", cell: (e) => formatDateTime(e.opensAt, timeZone) },
            { header: "Closes", cell: (e) => formatDateTime(e.closesAt, timeZone) },
            { header: "Status", cell: (e) => WINDOW_STATE_LABELS[windowState(e)] },
          ]}
        />
      )}
    </section>
  );
}
