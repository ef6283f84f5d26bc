import Link from "next/link";
import { DataTable } from "@/components/tables/data-table";
import { formatDateTime } from "@/lib/format";

export interface ClassLiveSession {
  id: string;
  title: string;
  size: number;
  createdAt: Date;
  running: boolean;
  pin: string | null;
  joined: number;
}

/** A class's live sessions: the one running (to get back to its screens at any time) and those that have ended. */
export function ClassLiveSessions({
  classId,
  canStart,
  sessions,
  timeZone,
}: {
  classId: string;
  canStart: boolean;
  sessions: ClassLiveSession[];
  timeZone: string;
}) {
  const running = sessions.find((s) => s.running);
  const past = sessions.filter((s) => !s.running);
  return (
    <section aria-labelledby="live-heading">
      <h2 id="live-heading">Live sessions</h2>
      {running ? (
        <div className="card" aria-labelledby="running-live-heading">
          <h3 id="running-live-heading">Running now: {running.title}</h3>
          <p>
            PIN <strong className="join-code">{running.pin}</strong> · {running.joined} joined
          </p>
          <div className="actions">
            <Link className="button" href={`/live/${running.id}/present`}>
              Presenter view
            </Link>
            <Link className="button secondary" href={`/live/${running.id}/control`}>
              Control panel
            </Link>
          </div>
        </div>
      ) : canStart ? (
        <div className="actions">
          <Link className="button" href={`/classes/${classId}/live/new`}>
            Start live session
          </Link>
        </div>
      ) : (
        <p className="muted">This class is archived: unarchive it to run a live session.</p>
      )}
      {past.length > 0 && (
        <DataTable<ClassLiveSession>
          caption="Past live sessions of this class"
          rows={past}
          rowKey={(s) => s.id}
          columns={[
            {
              header: "Live session",
              cell: (s) => <Link href={`/classes/${classId}/dashboard?liveSession=${s.id}`}>{s.title}</Link>,
            },
            { header: "Started", cell: (s) => formatDateTime(s.createdAt, timeZone) },
            { header: "Scenarios", cell: (s) => s.size },
            { header: "Trainees", cell: (s) => s.joined },
          ]}
        />
      )}
    </section>
  );
}
