// The headers every response carries, from Next.js (next.config.ts) and from the production server's own handlers
// (lib/http/fast-path.ts) alike. The Content-Security-Policy is set per response: pages get a nonce (proxy.ts), API
// answers the API policy (lib/security/csp.ts).
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
