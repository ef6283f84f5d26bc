import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { isOpenSignUp } from "@/lib/accounts/data";

export const metadata: Metadata = { title: "Educator sign-up" };

export default async function SignUpPage() {
  const open = await isOpenSignUp();
  return (
    <>
      <h1>Create an educator account</h1>
      {open ? (
        <>
          <p className="lead">Educators create classes, give their trainees a class code, and follow their progress.</p>
          <SignUpForm />
          <p>
            Trainees do not sign up here: they <Link href="/join">join a class</Link> with the code their educator gives
            them.
          </p>
        </>
      ) : (
        <p>Sign-up for educators is closed. Ask an administrator for an account.</p>
      )}
    </>
  );
}
