// Checks the production server (scripts/serve.ts) makes on every request before Next.js sees it, on the request line
// alone, so they cost nothing measurable on the busiest paths. Next.js answers these with an internal error.

// Methods the Fetch API cannot represent: Next.js fails on them before any route runs.
export const UNSUPPORTED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/**
 * Whether a path segment is not valid percent-encoding ("%E0%A4%A", "%ZZ").
 *
 * @param {string} url the request target as sent: path and query
 */
export function malformedPath(url) {
  const path = url.split("?")[0] ?? "";
  for (const segment of path.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * HSTS for an app whose public URL is https: a year, subdomains included (ASVS 5.0 3.4.1); null otherwise.
 *
 * @param {string | undefined} publicUrl
 */
export function strictTransportSecurity(publicUrl) {
  return publicUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

/**
 * The refusal for a request line, or null to pass it on.
 *
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {{ status: 400 | 405; error: string; allow?: string } | null}
 */
export function refuseRequestLine(method, url) {
  if (UNSUPPORTED_METHODS.has(method ?? "")) {
    return { status: 405, error: `${method} is not allowed here.`, allow: "GET, HEAD, POST" };
  }
  if (malformedPath(url ?? "/")) return { status: 400, error: "The address is not valid percent-encoding." };
  return null;
}
