import "server-only";
import type { NextAuthOptions } from "next-auth";
import { decode, encode, type JWTEncodeParams } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { SESSION_COOKIES, sessionCookieName } from "@/lib/auth/cookies";
import { findUserForSignIn } from "@/lib/auth/data";
import { attemptPassword } from "@/lib/auth/password-attempt";
import { TooManyAttempts, type LimitKey } from "@/lib/auth/rate-limit-mutations";
import { clientAddress } from "@/lib/auth/request-address";
import { signInSchema } from "@/lib/auth/schema";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { checkSession, sessionClaims } from "@/lib/auth/session-check";
import { sessionLifetime } from "@/lib/auth/session-lifetime";
import { createSession, endSession } from "@/lib/auth/session-mutations";
import { env } from "@/lib/env";
import { securityLog } from "@/lib/security/log";

export interface SignedInUser {
  id: string;
  name: string;
  role: string;
  sessionVersion: number;
}

/**
 * Checks a sign-in. Each try takes a point from the account's counter (one per account, whether the email or the
 * username was typed; per login name when no account matches) and from the client address's, before the password is
 * verified; once either has had 10 failures in 15 minutes, sign-in is refused with the time to wait (next-auth passes
 * the message on). A disabled account is refused after the same password check, so it takes as long as a wrong
 * password.
 */
export async function authorizeCredentials(
  raw: unknown,
  address: string,
  previousSessionId?: string,
): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { login, password } = parsed.data;
  const user = await findUserForSignIn(login);
  const accountKey: LimitKey = user
    ? { scope: "account", subject: user.id }
    : { scope: "login", subject: login, purpose: "signin" };
  const attempt = await attemptPassword({
    accountKey,
    addressKey: { scope: "address", subject: address, purpose: "signin" },
    passwordHash: user?.passwordHash ?? null,
    password,
    userId: user?.id ?? null,
    address,
    action: "signin",
  });
  if (typeof attempt === "object") {
    securityLog("signin.locked", { userId: user?.id ?? null, address });
    throw new TooManyAttempts(attempt.limited);
  }
  if (!user || attempt === "invalid" || user.disabledAt) {
    const reason = !user ? "unknown-login" : attempt === "invalid" ? "wrong-password" : "disabled";
    securityLog("signin.failed", { userId: user?.id ?? null, address, reason });
    return null;
  }
  // A new session replaces the one this browser held before (fixation): that one ends, wherever it was copied.
  if (previousSessionId) await endSession(previousSessionId);
  securityLog("signin.succeeded", { userId: user.id, role: user.role, address });
  return { id: user.id, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
}

// The token's own expiry is the session's absolute end: re-issuing the cookie (next-auth does on every read of
// /api/auth/session) never extends it.
async function encodeUntilSessionEnd(params: JWTEncodeParams): Promise<string> {
  const maxAge = params.maxAge ?? Math.ceil(sessionLifetime().maxMs / 1000);
  const end = params.token?.sx;
  const remaining = typeof end === "number" ? end - Math.floor(Date.now() / 1000) : maxAge;
  return encode({ ...params, maxAge: Math.max(0, Math.min(maxAge, remaining)) });
}

/** The server-side session the signing-in browser still carries, if its cookie holds a token this server signed. */
async function previousSession(headers: Record<string, unknown> | undefined, secret: string) {
  const header = typeof headers?.cookie === "string" ? headers.cookie : "";
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (!(SESSION_COOKIES as readonly string[]).includes(name ?? "")) continue;
    const token = await decode({ token: decodeURIComponent(value.join("=")), secret }).catch(() => null);
    const claims = sessionClaims(token);
    if (claims) return claims.sid;
  }
  return undefined;
}

const secret = resolveAuthSecret().secret;
const secureCookies = env().NEXTAUTH_URL?.startsWith("https://") ?? false;

export const authOptions: NextAuthOptions = {
  secret,
  // Credentials sign-in requires JWT sessions; the token carries the id of a server-side session (table Session), so
  // signing out, expiry and revocation end it on the server, not only in the browser.
  session: { strategy: "jwt", maxAge: Math.ceil(sessionLifetime().maxMs / 1000) },
  jwt: { encode: encodeUntilSessionEnd },
  pages: { signIn: "/signin" },
  useSecureCookies: secureCookies,
  cookies: {
    sessionToken: {
      name: sessionCookieName(env().NEXTAUTH_URL),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
    },
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        login: { label: "Email or username", type: "text" },
        password: { label: "Password", type: "password" },
      },
      authorize: async (credentials, req) =>
        authorizeCredentials(credentials, clientAddress(req.headers ?? {}), await previousSession(req.headers, secret)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as SignedInUser;
        const session = await createSession(signedIn.id);
        return {
          sub: signedIn.id,
          name: signedIn.name,
          role: signedIn.role,
          sv: signedIn.sessionVersion,
          sid: session.id,
          sx: Math.floor(session.expiresAt.getTime() / 1000),
        };
      }
      // Reading /api/auth/session checks the server-side session like any request; throwing makes next-auth clear
      // the cookie.
      const claims = sessionClaims(token);
      const live = claims ? await checkSession(claims) : null;
      if (!live) throw new Error("The session has ended.");
      return { ...token, name: live.name, role: live.role };
    },
    async session({ session, token }) {
      const claims = sessionClaims(token);
      if (!claims || typeof token.role !== "string") return { expires: session.expires };
      return { ...session, user: { id: claims.sub, name: token.name ?? "", role: token.role } };
    },
  },
  events: {
    // next-auth's own sign-out route (the app signs out through a server action that does the same).
    async signOut({ token }) {
      const claims = sessionClaims(token);
      if (claims) {
        await endSession(claims.sid);
        securityLog("signout", { userId: claims.sub });
      }
    },
  },
};
