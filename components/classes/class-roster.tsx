import { ActionButton } from "@/components/forms/action-button";
import { DataTable } from "@/components/tables/data-table";
import { removeMemberAction } from "@/lib/classes/actions";
import type { listMembers } from "@/lib/classes/data";
import type { OwnedClass } from "@/lib/classes/types";
import { formatDate } from "@/lib/format";

type Member = Awaited<ReturnType<typeof listMembers>>[number];

export function ClassRoster({ klass, members, timeZone }: { klass: OwnedClass; members: Member[]; timeZone: string }) {
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">Trainees ({members.length})</h2>
      {members.length === 0 ? (
        <p>Nobody has joined yet.</p>
      ) : (
        <DataTable<Member>
          caption="Trainees in this class"
          rows={members}
          rowKey={(m) => m.id}
          columns={[
            { header: "Display name", cell: (m) => m.user.displayName },
            { header: "Username", cell: (m) => m.user.username ?? <span className="muted">email account</span> },
            { header: "Joined", cell: (m) => formatDate(m.joinedAt, timeZone) },
            {
              header: <span className="visually-hidden">Actions</span>,
              cell: (m) => (
                <ActionButton
                  action={removeMemberAction}
                  fields={{ classId: klass.id, memberId: m.id }}
                  label={`Remove ${m.user.displayName}`}
                  confirm={`Remove ${m.user.displayName} from ${klass.name}? Their account and answers stay; they leave the class.`}
                  confirmLabel="Remove trainee"
                  pendingLabel="Removing…"
                  danger
                />
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
