import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { findUserForSignIn } from "@/lib/auth/data";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { assertNotLimited, clearAccountFailures, recordFailure } from "@/lib/auth/rate-limit-data";
import { clientAddress } from "@/lib/auth/request-address";
import { isRole } from "@/lib/auth/roles";
import { signInSchema } from "@/lib/auth/schema";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { sessionState } from "@/lib/auth/session-state";

/**
 * Checks a sign-in. Failures count against the account and the client address; once either has had
 * 10 in 15 minutes, sign-in is refused with the time to wait (next-auth passes the message on).
 */
export async function authorizeCredentials(raw: unknown, address: string) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { login, password } = parsed.data;
  await assertNotLimited("signin", login, address);
  const user = await findUserForSignIn(login);
  const valid = user
    ? !user.disabledAt && (await verifyPassword(user.passwordHash, password))
    : await verifyPassword(await decoyPasswordHash(), password).then(() => false);
  if (!user || !valid) {
    await recordFailure("signin", login, address);
    return null;
  }
  await clearAccountFailures("signin", login);
  return { id: user.id, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  secret: resolveAuthSecret().secret,
  // Credentials sign-in requires JWT sessions; the session version in the token lets us revoke them.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        login: { label: "Email or username", type: "text" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials, req) => authorizeCredentials(credentials, clientAddress(req.headers ?? {})),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as typeof user & { role: string; sessionVersion: number };
        return { ...token, sub: signedIn.id, name: signedIn.name, role: signedIn.role, sv: signedIn.sessionVersion };
      }
      if (!token.sub || token.revoked) return { ...token, revoked: true };
      const state = await sessionState(token.sub);
      if (!state || state.disabledAt || state.sessionVersion !== token.sv || !isRole(state.role)) {
        return { ...token, revoked: true };
      }
      return { ...token, name: state.displayName, role: state.role };
    },
    async session({ session, token }) {
      if (token.revoked || !token.sub || !isRole(token.role)) return { expires: session.expires };
      return { ...session, user: { id: token.sub, name: token.name ?? "", role: token.role } };
    },
  },
};
