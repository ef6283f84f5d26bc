import type { Metadata } from "next";
import { NewTraineeJoinForm } from "@/components/accounts/join-forms";
import { JoinWithCodeForm } from "@/components/accounts/join-with-code-form";
import { getSessionUser } from "@/lib/auth/session";
import { codeFromLink } from "@/lib/classes/join-link";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const user = await getSessionUser();
  // A join link (or its QR code) carries the class code, so nobody has to type it.
  const code = codeFromLink((await searchParams).code);
  return (
    <>
      <h1>Join a class</h1>
      {user === null ? (
        <>
          <p className="lead">
            {code
              ? "Your class code is filled in. Choose a display name and a password. No email is needed."
              : "Enter the code your educator gave you, choose a display name and a password. No email is needed."}
          </p>
          <NewTraineeJoinForm code={code} />
        </>
      ) : user.role === "TRAINEE" ? (
        <>
          <p className="lead">
            {code ? "Check the class code and join." : "Enter the code of the class you want to join."}
          </p>
          <JoinWithCodeForm code={code} />
        </>
      ) : (
        <p>Classes are joined by trainees. Educators create classes on the Classes page.</p>
      )}
    </>
  );
}
