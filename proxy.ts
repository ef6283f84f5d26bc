import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isActionCall, isApiPath, refuseActionBody, refuseRequest, type Refusal } from "@/lib/http/request-guard";
import { API_POLICY, contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { securityLog } from "@/lib/security/log";

// Runs before pages, server actions and API routes (not static files, nor the answer endpoint: see `config`): refuses
// malformed and cross-origin requests with a clear 4xx (lib/http/request-guard.ts), then gives each page its
// Content-Security-Policy with a fresh nonce. The production server (scripts/serve.ts) has already refused what it
// can judge from the request line and set HSTS.

function refused(request: NextRequest, refusal: Refusal): Response {
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
    "X-Content-Type-Options": "nosniff",
  });
  if (refusal.allow) headers.set("Allow", refusal.allow);
  return new Response(json ? JSON.stringify({ error: refusal.error }) : `${refusal.error}\n`, {
    status: refusal.status,
    headers,
  });
}

export async function proxy(request: NextRequest) {
  const { NEXTAUTH_URL, NODE_ENV } = env();
  const path = request.nextUrl.pathname;
  const line = { method: request.method, rawPath: path, headers: request.headers };
  const publicOrigin = NEXTAUTH_URL ? new URL(NEXTAUTH_URL).origin : null;
  const refusal =
    refuseRequest(line, publicOrigin) ?? (isActionCall(line) ? await refuseActionBody(request.clone()) : null);
  if (refusal) return refused(request, refusal);

  if (isApiPath(path) && !path.startsWith("/api/auth/")) {
    // JSON and CSV answers load nothing: the strictest policy, and no request headers to rewrite.
    // (next-auth's routes under /api/auth can answer with small HTML pages: they get the page policy below.)
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_POLICY);
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
  return response;
}

// Not for static files, nor for the answer endpoint, the busiest path (a classroom answering at once): running the
// proxy there roughly halved its throughput. That route checks its own content type, and sets its own headers
// (lib/http/responses.ts); serve.ts has refused malformed paths and methods before it.
export const config = {
  matcher: ["/((?!_next/static/|_next/image|favicon.ico|api/attempts/).*)"],
};
