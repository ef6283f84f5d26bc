import { signOutAction } from "@/lib/auth/actions";
import { SubmitButton } from "@/components/forms/submit-button";

// A plain form: it works before any JavaScript loads, and keeps the sign-in client off every page.
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <SubmitButton className="secondary" pendingLabel="Signing out…">
        Sign out
      </SubmitButton>
    </form>
  );
}
