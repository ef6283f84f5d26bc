import { JoinQr } from "@/components/classes/join-qr";
import { joinPath } from "@/lib/classes/join-link";
import type { OwnedClass } from "@/lib/classes/types";
import { publicOrigin } from "@/lib/http/public-origin";

/** What a class sees on the projector to join: the address, the code in large type and the QR code. */
export async function JoinScreen({ klass }: { klass: OwnedClass }) {
  const origin = await publicOrigin();
  if (!klass.joinCodeEnabled || klass.archivedAt) {
    return (
      <>
        <h1>Join {klass.name}</h1>
        <p className="lead">
          {klass.archivedAt ? "This class is archived" : "The join code is disabled"}: nobody can join it now.
        </p>
      </>
    );
  }
  return (
    <div className="join-screen">
      <h1>Join {klass.name}</h1>
      <div className="join-screen-grid">
        <div>
          <p className="join-screen-step">
            Go to <strong>{new URL(origin).host}/join</strong>
          </p>
          <p className="join-screen-step">and enter the class code</p>
          <p className="join-code join-code-large" aria-label={`Join code ${klass.joinCode.split("").join(" ")}`}>
            {klass.joinCode}
          </p>
          <p className="join-screen-step">or scan the QR code.</p>
        </div>
        <JoinQr url={`${origin}${joinPath(klass.joinCode)}`} size="large" />
      </div>
    </div>
  );
}
