"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const PUBLIC_LINKS = [
  { href: "/narratives", label: "Narratives" },
  { href: "/sources", label: "Sources" },
];
const TRAINEE_LINKS = [
  { href: "/practice", label: "Practice" },
  { href: "/progress", label: "Progress" },
];

export function NavLinks({ signedIn }: { signedIn: boolean }) {
  const pathname = usePathname();
  const links = signedIn ? [...PUBLIC_LINKS, ...TRAINEE_LINKS] : PUBLIC_LINKS;
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname.startsWith(link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
