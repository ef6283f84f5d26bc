import Link from "next/link";
import { CopyLink } from "@/components/classes/copy-link";
import { JoinQr } from "@/components/classes/join-qr";
import { ActionButton } from "@/components/forms/action-button";
import { rotateJoinCodeAction, setJoinCodeEnabledAction } from "@/lib/classes/actions";
import { joinPath } from "@/lib/classes/join-link";
import type { OwnedClass } from "@/lib/classes/types";
import { publicOrigin } from "@/lib/http/public-origin";

/** How trainees join: the code, a link that fills it in, a QR code of that link, and the code's controls. */
export async function JoinCodeCard({ klass }: { klass: OwnedClass }) {
  const ids = { classId: klass.id };
  const url = `${await publicOrigin()}${joinPath(klass.joinCode)}`;
  return (
    <section className="card" aria-labelledby="code-heading">
      <h2 id="code-heading">Joining</h2>
      {klass.joinCodeEnabled ? (
        <div className="join-grid">
          <div>
            <p>
              Class code{" "}
              <span className="join-code" aria-label={`Join code ${klass.joinCode.split("").join(" ")}`}>
                {klass.joinCode}
              </span>
            </p>
            <CopyLink url={url} />
            <p className="muted">
              The link and the QR code fill in the code: trainees choose a display name and a password. Anyone can also
              join at <strong>/join</strong> with the code.
            </p>
            <Link className="button secondary" href={`/classes/${klass.id}/join-screen`}>
              Show join screen for projection
            </Link>
          </div>
          <JoinQr url={url} size="small" />
        </div>
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
