import type { Metadata } from "next";
import { NewTraineeJoinForm } from "@/components/accounts/join-forms";
import { JoinWithCodeForm } from "@/components/accounts/join-with-code-form";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  const user = await getSessionUser();
  return (
    <>
      <h1>Join a class</h1>
      {user === null ? (
        <>
          <p className="lead">
            Enter the code your educator gave you, choose a display name and a password. No email is needed.
          </p>
          <NewTraineeJoinForm />
        </>
      ) : user.role === "TRAINEE" ? (
        <>
          <p className="lead">Enter the code of the class you want to join.</p>
          <JoinWithCodeForm />
        </>
      ) : (
        <p>Classes are joined by trainees. Educators create classes on the Classes page.</p>
      )}
    </>
  );
}
