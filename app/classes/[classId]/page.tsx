import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteClassAction, removeMemberAction, rotateJoinCodeAction, setArchivedAction, setJoinCodeEnabledAction } from "@/app/classes/actions";
import { ActionButton } from "@/components/forms/action-button";
import { hasRole, EDUCATORS } from "@/lib/auth/guards";
import { requireUser } from "@/lib/auth/session";
import { findClassForEducator } from "@/lib/classes/data";
import { listExercisesForClass } from "@/lib/exercises/data";
import { dateTimeFormat, windowState } from "@/lib/exercises/window";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser(`/classes/${encodeURIComponent(classId)}`);
  if (!hasRole(user, EDUCATORS)) notFound();
  const found = await findClassForEducator(user.id, classId);
  if (!found) notFound();
  const exercises = await listExercisesForClass(user.id, found.id);
  const ids = { classId: found.id };
  const members = found.members.length;

  return (
    <>
      <p>
        <Link href="/classes">← All classes</Link>
      </p>
      <h1>{found.name}</h1>
      {found.archivedAt && <p className="content-note">This class is archived: nobody can join it.</p>}

      <section className="card" aria-labelledby="code-heading">
        <h2 id="code-heading">Join code</h2>
        {found.joinCodeEnabled ? (
          <p>
            Trainees join at <strong>/join</strong> with the code <span className="join-code" aria-label={`Join code ${found.joinCode.split("").join(" ")}`}>{found.joinCode}</span>
          </p>
        ) : (
          <p>The join code is disabled: nobody can join this class.</p>
        )}
        <div className="actions">
          <ActionButton action={rotateJoinCodeAction} fields={ids} label="Rotate code" pendingLabel="Rotating…" />
          <ActionButton
            action={setJoinCodeEnabledAction}
            fields={{ ...ids, enabled: String(!found.joinCodeEnabled) }}
            label={found.joinCodeEnabled ? "Disable code" : "Enable code"}
            pendingLabel="Saving…"
          />
        </div>
      </section>

      <section aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">Exercises</h2>
        <div className="actions">
          <Link className="button" href={`/classes/${found.id}/exercises/new`}>
            New exercise
          </Link>
          <Link className="button secondary" href={`/classes/${found.id}/dashboard`}>
            Dashboard
          </Link>
        </div>
        {exercises.length === 0 ? (
          <p>No exercises yet.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Exercise</th>
                  <th scope="col">Mode</th>
                  <th scope="col">Scenarios</th>
                  <th scope="col">Opens</th>
                  <th scope="col">Closes</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {exercises.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link href={`/classes/${found.id}/dashboard?exercise=${e.id}`}>{e.title}</Link>
                    </th>
                    <td>{e.mode === "ASSESSMENT" ? "Assessment" : "Practice"}</td>
                    <td>{e._count.scenarios}</td>
                    <td>{dateTimeFormat.format(e.opensAt)}</td>
                    <td>{dateTimeFormat.format(e.closesAt)}</td>
                    <td>{{ upcoming: "Not open yet", open: "Open", closed: "Closed" }[windowState(e)]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">Trainees ({members})</h2>
        {members === 0 ? (
          <p>Nobody has joined yet.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Display name</th>
                  <th scope="col">Username</th>
                  <th scope="col">Joined</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {found.members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.user.displayName}</th>
                    <td>{m.user.username ?? <span className="muted">email account</span>}</td>
                    <td>{m.joinedAt.toLocaleDateString("en-GB")}</td>
                    <td>
                      <ActionButton
                        action={removeMemberAction}
                        fields={{ ...ids, memberId: m.id }}
                        label={`Remove ${m.user.displayName}`}
                        confirm={`Remove ${m.user.displayName} from ${found.name}? Their account and answers stay; they leave the class.`}
                        confirmLabel="Remove trainee"
                        pendingLabel="Removing…"
                        danger
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="manage-heading">
        <h2 id="manage-heading">Manage class</h2>
        <div className="actions">
          <ActionButton
            action={setArchivedAction}
            fields={{ ...ids, archived: String(!found.archivedAt) }}
            label={found.archivedAt ? "Restore class" : "Archive class"}
            pendingLabel="Saving…"
          />
          <ActionButton
            action={deleteClassAction}
            fields={ids}
            label="Delete class"
            confirm={`Delete ${found.name}? This removes all ${members} trainee${members === 1 ? "" : "s"} from it and its join code for good. It cannot be undone.`}
            confirmLabel={`Delete ${found.name}`}
            pendingLabel="Deleting…"
            danger
          />
        </div>
      </section>
    </>
  );
}
