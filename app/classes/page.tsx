import type { Metadata } from "next";
import Link from "next/link";
import { JoinWithCodeForm } from "@/components/accounts/join-with-code-form";
import { NewClassForm } from "@/components/classes/new-class-form";
import { DataTable } from "@/components/tables/data-table";
import { requireUser } from "@/lib/auth/loaders";
import { listClassesForEducator, listClassesForTrainee } from "@/lib/classes/data";

export const metadata: Metadata = { title: "Classes" };

type EducatorClass = Awaited<ReturnType<typeof listClassesForEducator>>[number];

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  if (user.role === "TRAINEE") {
    const memberships = await listClassesForTrainee(user.id);
    return (
      <>
        <h1>Your classes</h1>
        {memberships.length === 0 ? (
          <p>You are not in a class yet.</p>
        ) : (
          <ul>
            {memberships.map(({ class: c }) => (
              <li key={c.id}>
                {c.name} <span className="muted">with {c.educator.displayName}</span>
                {c.archivedAt && <span className="muted"> (archived)</span>}
              </li>
            ))}
          </ul>
        )}
        <h2>Join another class</h2>
        <JoinWithCodeForm />
      </>
    );
  }

  const classes = await listClassesForEducator(user.id);
  return (
    <>
      <h1>Your classes</h1>
      <NewClassForm />
      {classes.length === 0 ? (
        <p>You have no classes yet. Create one, then give its code to your trainees: they join at /join.</p>
      ) : (
        <DataTable<EducatorClass>
          caption="Your classes"
          rows={classes}
          rowKey={(c) => c.id}
          columns={[
            {
              header: "Class",
              cell: (c) => (
                <>
                  <Link href={`/classes/${c.id}`}>{c.name}</Link>
                  {c.archivedAt && <span className="muted"> (archived)</span>}
                </>
              ),
            },
            {
              header: "Join code",
              cell: (c) => (c.joinCodeEnabled ? <code>{c.joinCode}</code> : <span className="muted">disabled</span>),
            },
            { header: "Trainees", cell: (c) => c._count.members },
          ]}
        />
      )}
    </>
  );
}
