import type { RefusalReason } from "@/lib/auth/guards";

import { API_POLICY } from "@/lib/security/csp";

// Route handlers answer with JSON errors that say what went wrong; nothing about the user is ever cached, and an API
// answer loads nothing if a browser opens it (proxy.ts sets the same policy on the routes it runs for; the answer
// endpoint sets it itself).
export const NO_STORE = { "Cache-Control": "no-store", "Content-Security-Policy": API_POLICY } as const;

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: NO_STORE });
}

export const REFUSAL_STATUS: Record<RefusalReason, 401 | 403> = { "signed-out": 401, forbidden: 403 };

/** Whether a Content-Type header says JSON (any charset). */
export function isJsonType(contentType: string | null | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** Whether a request says its body is JSON (any charset). */
export function isJson(request: Request): boolean {
  return isJsonType(request.headers.get("content-type"));
}
