import type { RefusalReason } from "@/lib/auth/guards";

// Route handlers answer with JSON errors that say what went wrong; nothing about the user is ever cached.
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: NO_STORE });
}

export const REFUSAL_STATUS: Record<RefusalReason, 401 | 403> = { "signed-out": 401, forbidden: 403 };

/** Whether a request says its body is JSON (any charset). */
export function isJson(request: Request): boolean {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}
