import { ActionButton } from "@/components/forms/action-button";
import { deleteClassAction, setArchivedAction } from "@/lib/classes/actions";
import type { OwnedClass } from "@/lib/classes/types";

export function ManageClass({ klass, memberCount }: { klass: OwnedClass; memberCount: number }) {
  const ids = { classId: klass.id };
  return (
    <section aria-labelledby="manage-heading">
      <h2 id="manage-heading">Manage class</h2>
      <div className="actions">
        <ActionButton
          action={setArchivedAction}
          fields={{ ...ids, archived: String(!klass.archivedAt) }}
          label={klass.archivedAt ? "Restore class" : "Archive class"}
          pendingLabel="Saving…"
        />
        <ActionButton
          action={deleteClassAction}
          fields={ids}
          label="Delete class"
          confirm={`Delete ${klass.name}? This removes all ${memberCount} trainee${memberCount === 1 ? "" : "s"} from it and its join code for good. It cannot be undone.`}
          confirmLabel={`Delete ${klass.name}`}
          pendingLabel="Deleting…"
          danger
        />
      </div>
    </section>
  );
}
