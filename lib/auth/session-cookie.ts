import "server-only";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import type { Role } from "@/lib/auth/roles";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { checkSession, sessionClaims, type SessionClaims } from "@/lib/auth/session-check";

// The session check from a raw session cookie, with nothing of Next.js's request context: the production server's own
// handlers (lib/http/fast-path.ts) run it outside Next.js, and lib/auth/session.ts wraps it for pages and routes.

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

let secret: string | undefined;
const authSecret = () => (secret ??= resolveAuthSecret().secret);

// Decrypting a token (a key derivation and an AES-GCM decryption, both on the thread pool) cost more than the rest of
// the session check. A token never changes, so what it decrypted to is kept by its exact bytes until it expires; whether
// the session behind it is still alive is checked on every request all the same (checkSession).
const MAX_DECODED = 20_000;
const decoded = new Map<string, { claims: SessionClaims; expiresAt: number }>();

function remember(raw: string, claims: SessionClaims, exp: unknown): void {
  if (typeof exp !== "number") return;
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  decoded.set(raw, { claims, expiresAt: exp * 1000 });
}

/** The claims of a session cookie's value, if it is an unexpired token this server signed. */
export async function claimsOf(raw: string | undefined): Promise<SessionClaims | null> {
  if (!raw) return null;
  const known = decoded.get(raw);
  if (known) {
    if (known.expiresAt > Date.now()) return known.claims;
    decoded.delete(raw);
  }
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  const claims = sessionClaims(token);
  if (claims) remember(raw, claims, token?.exp);
  return claims;
}

/** The signed-in user of a live session; null when the session has ended, expired or been revoked. */
export async function liveUser(claims: SessionClaims | null): Promise<SessionUser | null> {
  const live = claims ? await checkSession(claims) : null;
  return live ? { id: live.userId, name: live.name, role: live.role } : null;
}

/** The claims of the session cookie in a raw Cookie header. */
export async function claimsFromCookieHeader(header: string | undefined): Promise<SessionClaims | null> {
  const jar = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return claimsOf(SESSION_COOKIES.map((name) => jar.get(name)).find(Boolean));
}

/** The session check for a raw Cookie header. */
export async function sessionUserFromCookieHeader(header: string | undefined): Promise<SessionUser | null> {
  return liveUser(await claimsFromCookieHeader(header));
}
