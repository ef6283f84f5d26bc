import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isActionCall, isApiPath, refuseActionBody, refuseRequest, type Refusal } from "@/lib/http/request-guard";
import { API_POLICY, contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/security/csp";
import { securityLog } from "@/lib/security/log";

// Runs before every request: refuses malformed and cross-origin requests with a clear 4xx (lib/http/request-guard.ts),
// then gives each response its Content-Security-Policy with a fresh nonce, and HSTS behind https.

function refused(request: NextRequest, refusal: Refusal, hsts: string | null): Response {
  securityLog("request.refused", {
    status: refusal.status,
    reason: refusal.error,
    action: `${request.method} ${request.nextUrl.pathname.slice(0, 200)}`,
    address: request.headers.get("x-forwarded-for") ?? undefined,
  });
  const json = isApiPath(request.nextUrl.pathname) || request.headers.has("next-action");
  const headers = new Headers({
    "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  if (refusal.allow) headers.set("Allow", refusal.allow);
  if (hsts) headers.set("Strict-Transport-Security", hsts);
  return new Response(json ? JSON.stringify({ error: refusal.error }) : `${refusal.error}\n`, {
    status: refusal.status,
    headers,
  });
}

export async function proxy(request: NextRequest) {
  const { NEXTAUTH_URL, NODE_ENV } = env();
  const hsts = strictTransportSecurity(NEXTAUTH_URL);
  const path = request.nextUrl.pathname;

  if (path.startsWith("/_next/static/") || path.startsWith("/_next/image")) {
    const response = NextResponse.next();
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }

  const line = { method: request.method, rawPath: path, headers: request.headers };
  const publicOrigin = NEXTAUTH_URL ? new URL(NEXTAUTH_URL).origin : null;
  const refusal =
    refuseRequest(line, publicOrigin) ?? (isActionCall(line) ? await refuseActionBody(request.clone()) : null);
  if (refusal) return refused(request, refusal, hsts);

  if (isApiPath(path) && !path.startsWith("/api/auth/")) {
    // JSON and CSV answers load nothing: the strictest policy, and no request headers to rewrite on the busiest path.
    // (next-auth's routes under /api/auth can answer with small HTML pages: they get the page policy below.)
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_POLICY);
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, NODE_ENV === "production");
  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}
