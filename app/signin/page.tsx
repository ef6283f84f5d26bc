import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getSessionUser()) redirect(returnTo);
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm returnTo={returnTo} />
      <p>
        New here? Trainees <Link href="/join">join a class</Link> with a class code; educators{" "}
        <Link href="/signup">create an account</Link>.
      </p>
    </>
  );
}
