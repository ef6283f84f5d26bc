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
  { href: "/classes", label: "Classes" },
];
// Educators start from their classes; their own practice stays a click away.
const EDUCATOR_LINKS = [
  { href: "/classes", label: "Classes" },
  { href: "/practice", label: "Practice" },
  { href: "/progress", label: "Progress" },
  { href: "/guide", label: "Guide" },
];
const ADMIN_LINKS = [{ href: "/admin", label: "Admin" }];

export function NavLinks({ role }: { role: string | null }) {
  const pathname = usePathname();
  const own =
    role === null
      ? []
      : role === "TRAINEE"
        ? TRAINEE_LINKS
        : [...EDUCATOR_LINKS, ...(role === "ADMIN" ? ADMIN_LINKS : [])];
  const links = [...own, ...PUBLIC_LINKS];
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
