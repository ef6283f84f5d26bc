// Only same-site paths: a callback URL from the query string must never send a user elsewhere.
export function safeReturnPath(candidate: string | undefined, fallback = "/practice"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return fallback;
  }
  return candidate;
}
