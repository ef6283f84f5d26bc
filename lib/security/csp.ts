// The Content Security Policy of every response. Scripts run only from this origin or with the request's nonce (Next.js
// puts it on its own inline scripts when proxy.ts passes the policy on the request): no 'unsafe-inline' for scripts,
// and 'unsafe-eval' only for the development server. Styles keep 'unsafe-inline': React renders style attributes
// (progress bars, chart sizes), which a nonce cannot cover.
export function contentSecurityPolicy(nonce: string, production: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** For API answers (JSON, CSV), which a browser should never run or frame. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}
