import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLinks } from "@/components/nav-links";
import { getSessionUser } from "@/lib/auth/session";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          Defector Narratives
        </Link>
        <NavLinks role={user?.role ?? null} />
        <div className="account">
          {user ? (
            <>
              <span>
                <span className="visually-hidden">Signed in as </span>
                {user.name}
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin">Sign in</Link>
          )}
        </div>
      </div>
    </header>
  );
}
