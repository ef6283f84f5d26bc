// Signs trainees in through the real next-auth credentials flow and returns their session cookies.
function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signIn(baseUrl: string, login: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesFrom(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, login, password, json: "true" }),
  });
  const session = cookiesFrom(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in failed for ${login} (${response.status})`);
  return session;
}

export async function signInAll(
  baseUrl: string,
  logins: string[],
  password: string,
  concurrency = 4,
): Promise<string[]> {
  const cookies: string[] = new Array(logins.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < logins.length) {
        const index = next++;
        cookies[index] = await signIn(baseUrl, logins[index]!, password);
      }
    }),
  );
  return cookies;
}
