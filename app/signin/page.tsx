import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/return-path";
import { loadLandingPath } from "@/lib/classes/loaders";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  // A page that sent the visitor here gets them back (same-site paths only); otherwise each role has its own start.
  const returnTo = typeof callbackUrl === "string" && callbackUrl ? safeReturnPath(callbackUrl) : null;
  const user = await getSessionUser();
  if (user) redirect(returnTo ?? (await loadLandingPath(user)));
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
