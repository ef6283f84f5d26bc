import type { Connection } from "@/components/live/use-live-state";

/** Always in the page, so that its text is announced when the connection drops and comes back. */
export function ConnectionNotice({ connection }: { connection: Connection }) {
  return (
    <div role="status" aria-live="polite" className="live-connection">
      {connection === "reconnecting" && (
        <p className="live-reconnecting">Reconnecting… Your screen catches up as soon as the connection is back.</p>
      )}
      {connection === "signed-out" && (
        <p className="live-reconnecting">
          This screen no longer follows the session: your sign-in has ended, or you are no longer in its class.{" "}
          <a href="/signin">Sign in again</a>
        </p>
      )}
    </div>
  );
}
