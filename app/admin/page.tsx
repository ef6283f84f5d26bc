import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  endEducatorSessionsAction,
  endEverySessionAction,
  setEducatorEnabledAction,
  setOpenSignUpAction,
} from "@/lib/admin/actions";
import { ActionButton } from "@/components/forms/action-button";
import { DataTable } from "@/components/tables/data-table";
import { isOpenSignUp, listEducators } from "@/lib/accounts/data";
import { ADMINS, hasRole } from "@/lib/auth/guards";
import { requireUser } from "@/lib/auth/loaders";

export const metadata: Metadata = { title: "Administration" };

type Educator = Awaited<ReturnType<typeof listEducators>>[number];

export default async function AdminPage() {
  const user = await requireUser("/admin");
  if (!hasRole(user, ADMINS)) notFound();
  const [open, educators] = await Promise.all([isOpenSignUp(), listEducators()]);
  return (
    <>
      <h1>Administration</h1>
      <section className="card" aria-labelledby="signup-heading">
        <h2 id="signup-heading">Educator sign-up</h2>
        <p>
          {open
            ? "Anyone can create an educator account at /signup."
            : "Sign-up is closed; only existing educators can sign in."}
        </p>
        <ActionButton
          action={setOpenSignUpAction}
          fields={{ open: String(!open) }}
          label={open ? "Close sign-up" : "Open sign-up"}
          pendingLabel="Saving…"
        />
      </section>
      <h2>Educators</h2>
      <DataTable<Educator>
        caption="Educators"
        rows={educators}
        rowKey={(e) => e.id}
        columns={[
          { header: "Name", cell: (e) => e.displayName },
          { header: "Email", cell: (e) => e.email },
          { header: "Classes", cell: (e) => e._count.classesTaught },
          {
            header: "Status",
            cell: (e) => (
              <>
                {e.disabledAt ? "Disabled " : "Active "}
                <ActionButton
                  action={setEducatorEnabledAction}
                  fields={{ userId: e.id, enabled: String(Boolean(e.disabledAt)) }}
                  label={e.disabledAt ? `Enable ${e.displayName}` : `Disable ${e.displayName}`}
                  pendingLabel="Saving…"
                />
                {!e.disabledAt && (
                  <ActionButton
                    action={endEducatorSessionsAction}
                    fields={{ userId: e.id }}
                    label={`Sign out ${e.displayName} everywhere`}
                    pendingLabel="Signing out…"
                  />
                )}
              </>
            ),
          },
        ]}
      />
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p>End every session of every account, yours included: after a suspected leak, everyone signs in again.</p>
        <ActionButton
          action={endEverySessionAction}
          fields={{}}
          label="Sign out everyone"
          pendingLabel="Signing out everyone…"
          confirm="Everyone, you included, will have to sign in again."
          confirmLabel="Sign out everyone"
          danger
        />
      </section>
    </>
  );
}
