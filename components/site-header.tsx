import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLinks } from "@/components/nav-links";
import { SiteMenu } from "@/components/site-menu";
import { getSessionUser } from "@/lib/auth/session";

// One row at every width: on a phone the links fold into a menu; on a desktop the name links to the account page.
export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          Defector Narratives
        </Link>
        <SiteMenu>
          <NavLinks role={user?.role ?? null} />
          <div className="account">
            {user ? (
              <>
                <Link href="/account" className="account-name" title={`Account of ${user.name}`}>
                  <span className="visually-hidden">Account: </span>
                  {user.name}
                </Link>
                <SignOutButton />
              </>
            ) : (
              <Link href="/signin" className="sign-in-link">
                Sign in
              </Link>
            )}
          </div>
        </SiteMenu>
      </div>
    </header>
  );
}
