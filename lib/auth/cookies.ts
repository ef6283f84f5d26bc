// The session cookie's name: with the __Host- prefix behind https (the browser then insists on Secure, Path=/ and
// no Domain, so no other host can set or read it), plain over http on localhost. The __Secure- name is what
// next-auth used before, still read and cleared so an older cookie ends cleanly.
export const HOST_SESSION_COOKIE = "__Host-next-auth.session-token";
export const PLAIN_SESSION_COOKIE = "next-auth.session-token";
export const SESSION_COOKIES = [HOST_SESSION_COOKIE, "__Secure-next-auth.session-token", PLAIN_SESSION_COOKIE] as const;

export function sessionCookieName(publicUrl: string | undefined): string {
  return publicUrl?.startsWith("https://") ? HOST_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}

interface CookieWriter {
  set(name: string, value: string, options: Record<string, unknown>): unknown;
}

/** Clears every session cookie. Browsers ignore a prefixed cookie set without Secure, so it is cleared with it. */
export function clearSessionCookies(store: CookieWriter): void {
  for (const name of SESSION_COOKIES) {
    store.set(name, "", {
      expires: new Date(0),
      maxAge: 0,
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: name.startsWith("__"),
    });
  }
}
