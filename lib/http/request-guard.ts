// Refuses requests no page or route should see, before Next.js does, so that no input ends in a 500: Next.js answers
// these (malformed percent-encoding, cross-origin or malformed server action calls, oversized action bodies) with an
// internal error. Pure functions of the request's line and headers; proxy.ts applies them, and reads the body only
// for server-action calls.

export interface Refusal {
  status: 400 | 403 | 405 | 411 | 413 | 415;
  error: string;
  allow?: string;
}

export interface RequestLine {
  method: string;
  /** The path as sent, still percent-encoded. */
  rawPath: string;
  headers: Headers;
}

// Pages take GET and HEAD, and POST for server actions; route handlers say what else they take (OPTIONS answers
// which). Anything else gets 405 here rather than a page rendered for PUT or an internal error for TRACE.
const PAGE_METHODS = ["GET", "HEAD", "POST"];
const API_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];

/** Server-action bodies are form fields and short text: 1 MB is Next.js's own limit, refused here before it. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

export function isApiPath(rawPath: string): boolean {
  return rawPath === "/api" || rawPath.startsWith("/api/");
}

function malformedPath(rawPath: string): boolean {
  for (const segment of rawPath.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Whether the Origin of a state-changing request is this app: the public URL's origin, or the Host the request was
 * sent to. No Origin at all is a request no browser made (browsers send it on every POST); it carries no
 * cookies a site could borrow, so it is let through.
 */
export function sameOrigin(headers: Headers, publicOrigin: string | null): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false;
  if (publicOrigin && origin === publicOrigin) return true;
  const host = headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A server-action call: Next.js's fetch with the Next-Action header, or a form posted before JavaScript loaded. */
export function isActionCall(line: RequestLine): boolean {
  if (line.method !== "POST" || isApiPath(line.rawPath)) return false;
  const type = line.headers.get("content-type") ?? "";
  return line.headers.has("next-action") || type.startsWith("multipart/form-data");
}

/** The refusal for a request, judged on its line and headers alone, or null to let it through. */
export function refuseRequest(line: RequestLine, publicOrigin: string | null): Refusal | null {
  if (malformedPath(line.rawPath)) return { status: 400, error: "The address is not valid percent-encoding." };
  const allowed = isApiPath(line.rawPath) ? API_METHODS : PAGE_METHODS;
  if (!allowed.includes(line.method)) {
    return { status: 405, error: `${line.method} is not allowed here.`, allow: allowed.join(", ") };
  }
  if (!["GET", "HEAD", "OPTIONS"].includes(line.method) && !sameOrigin(line.headers, publicOrigin)) {
    return { status: 403, error: "Requests from other sites are not accepted." };
  }
  if (isActionCall(line)) {
    const length = line.headers.get("content-length");
    if (length === null) return { status: 411, error: "Send the form with its length." };
    if (!/^\d+$/.test(length) || Number(length) > MAX_ACTION_BODY_BYTES) {
      return { status: 413, error: `The form must be under ${MAX_ACTION_BODY_BYTES / 1024} kB.` };
    }
    // Every action of this app takes a FormData, which React sends as multipart; a text body is never one of ours.
    const type = line.headers.get("content-type") ?? "";
    if (line.headers.has("next-action") && !type.startsWith("multipart/form-data")) {
      return { status: 415, error: "Send the form as the app does." };
    }
  }
  return null;
}

// What React puts in the arguments of this app's actions, (state, FormData) or (FormData): plain JSON, "$K1" for the
// FormData (its fields follow as "1_name"), "$undefined" and a few number spellings, and "$$…" for a string that
// starts with "$". Any other reference ("$@", "$Q", "$T", …) is one this app never sends, and Next.js answers it with
// an internal error: refuse it here.
const SIMPLE_REFERENCE = /^\$(\$.*|K\d+|undefined|NaN|Infinity|-Infinity|-0)$/s;

function onlySimpleReferences(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === "string") return !value.startsWith("$") || SIMPLE_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every((v) => onlySimpleReferences(v, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).every(([k, v]) => !k.startsWith("$") && onlySimpleReferences(v, depth + 1));
  }
  return true;
}

const UNREADABLE: Refusal = { status: 400, error: "The form could not be read." };

/** For an action call that passed refuseRequest: whether its body is a form this app's pages could have sent. */
export async function refuseActionBody(request: Request): Promise<Refusal | null> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return UNREADABLE;
  }
  if (!request.headers.has("next-action")) return null;
  const root = form.get("0");
  if (typeof root !== "string") return UNREADABLE;
  try {
    const args: unknown = JSON.parse(root);
    const shaped = Array.isArray(args) && args.length >= 1 && args.length <= 2;
    return shaped && onlySimpleReferences(args) ? null : UNREADABLE;
  } catch {
    return UNREADABLE;
  }
}
