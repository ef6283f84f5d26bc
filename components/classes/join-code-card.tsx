import { ActionButton } from "@/components/forms/action-button";
import { rotateJoinCodeAction, setJoinCodeEnabledAction } from "@/lib/classes/actions";
import type { OwnedClass } from "@/lib/classes/types";

export function JoinCodeCard({ klass }: { klass: OwnedClass }) {
  const ids = { classId: klass.id };
  return (
    <section className="card" aria-labelledby="code-heading">
      <h2 id="code-heading">Join code</h2>
      {klass.joinCodeEnabled ? (
        <p>
          Trainees join at <strong>/join</strong> with the code{" "}
          <span className="join-code" aria-label={`Join code ${klass.joinCode.split("").join(" ")}`}>
            {klass.joinCode}
          </span>
        </p>
      ) : (
        <p>The join code is disabled: nobody can join this class.</p>
      )}
      <div className="actions">
        <ActionButton action={rotateJoinCodeAction} fields={ids} label="Rotate code" pendingLabel="Rotating…" />
        <ActionButton
          action={setJoinCodeEnabledAction}
          fields={{ ...ids, enabled: String(!klass.joinCodeEnabled) }}
          label={klass.joinCodeEnabled ? "Disable code" : "Enable code"}
          pendingLabel="Saving…"
        />
      </div>
    </section>
  );
}
