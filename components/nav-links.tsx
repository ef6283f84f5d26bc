"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const PUBLIC_LINKS = [
  { href: "/narratives", label: "Narratives" },
  { href: "/sources", label: "Sources" },
];
const SIGNED_IN_LINKS = [
  { href: "/practice", label: "Practice" },
  { href: "/progress", label: "Progress" },
  { href: "/classes", label: "Classes" },
  { href: "/account", label: "Account" },
];
const EDUCATOR_LINKS = [{ href: "/guide", label: "Guide" }];
const ADMIN_LINKS = [{ href: "/admin", label: "Admin" }];

export function NavLinks({ role }: { role: string | null }) {
  const pathname = usePathname();
  const links =
    role === null
      ? PUBLIC_LINKS
      : [
          ...PUBLIC_LINKS,
          ...SIGNED_IN_LINKS,
          ...(role === "EDUCATOR" || role === "ADMIN" ? EDUCATOR_LINKS : []),
          ...(role === "ADMIN" ? ADMIN_LINKS : []),
        ];
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
