import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  AddEmailForm,
  ChangePasswordForm,
  DeleteAccountForm,
  SignOutEverywhereButton,
} from "@/components/accounts/account-forms";
import { findAccount } from "@/lib/accounts/data";
import { requireUser } from "@/lib/auth/loaders";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const account = await findAccount(user.id);
  if (!account) notFound();
  const consequence =
    account.role === "TRAINEE"
      ? "Your account, name and class memberships are deleted. Your answers stay in your classes' statistics without your name. This cannot be undone."
      : "Your account is deleted, and with it every class you run and its join code; your trainees keep their accounts. This cannot be undone.";
  return (
    <>
      <h1>Account</h1>
      <dl className="card">
        <dt className="muted">Name</dt>
        <dd>{account.displayName}</dd>
        {account.username && (
          <>
            <dt className="muted">Username</dt>
            <dd>{account.username}</dd>
          </>
        )}
        {account.email && (
          <>
            <dt className="muted">Email</dt>
            <dd>{account.email}</dd>
          </>
        )}
      </dl>
      <ChangePasswordForm />
      {account.role === "TRAINEE" && <AddEmailForm current={account.email} />}
      <section className="card" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>Download everything stored about you: your account, classes and every answer, as JSON.</p>
        <a className="button secondary" href="/api/account/export" download>
          Download my data
        </a>
      </section>
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p>Signed in on a shared or lost device? End every session of your account at once.</p>
        <SignOutEverywhereButton />
      </section>
      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete account</h2>
        <DeleteAccountForm consequence={consequence} />
      </section>
    </>
  );
}
