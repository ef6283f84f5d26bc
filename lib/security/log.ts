/**
 * Security events as one JSON object per line on standard output, for a log collector to keep and alert on. Each line
 * has `time` (ISO 8601, UTC), `level`, `type: "security"`, `event` and the event's fields. Only identifiers go in: a
 * user id, a class id, the client address, a reason. Never a password, a token, a cookie, a session id or what was
 * typed as a login name (people type passwords there by mistake); the field names below are all there is.
 */

export type SecurityEvent =
  | "signin.succeeded"
  | "signin.failed"
  | "signin.locked"
  | "signout"
  | "sessions.ended"
  | "session.expired"
  | "password.changed"
  | "password.check-failed"
  | "email.changed"
  | "email.refused"
  | "account.created"
  | "account.deleted"
  | "account.enabled"
  | "account.disabled"
  | "signup.refused"
  | "signup.opened"
  | "signup.closed"
  | "join.refused"
  | "rate-limited"
  | "authorization.refused"
  | "request.refused";

export interface SecurityFields {
  /** The account the event is about (the actor, unless `targetId` is set). */
  userId?: string | null;
  /** The account an administrator acted on. */
  targetId?: string;
  role?: string;
  address?: string;
  /** A short machine-readable cause, such as "wrong-password", "disabled" or "forbidden". */
  reason?: string;
  /** What was asked for: an action's name, a route, a rate-limit scope. */
  action?: string;
  classId?: string;
  retryAfterSeconds?: number;
  status?: number;
}

const WARNINGS: ReadonlySet<SecurityEvent> = new Set([
  "signin.failed",
  "signin.locked",
  "password.check-failed",
  "email.refused",
  "signup.refused",
  "join.refused",
  "rate-limited",
  "authorization.refused",
  "request.refused",
]);

type Sink = (line: string) => void;
let sink: Sink = (line) => process.stdout.write(`${line}\n`);

/** Tests read the lines instead of the terminal. Returns a function that restores the previous sink. */
export function captureSecurityLog(capture: Sink): () => void {
  const previous = sink;
  sink = capture;
  return () => {
    sink = previous;
  };
}

const ALLOWED = new Set<keyof SecurityFields>([
  "userId",
  "targetId",
  "role",
  "address",
  "reason",
  "action",
  "classId",
  "retryAfterSeconds",
  "status",
]);

export function securityLog(event: SecurityEvent, fields: SecurityFields = {}): void {
  const entry: Record<string, unknown> = {
    time: new Date().toISOString(),
    level: WARNINGS.has(event) ? "warn" : "info",
    type: "security",
    event,
  };
  // Only the declared fields, so a caller cannot pass a whole object (and a secret inside it) by accident.
  for (const [key, value] of Object.entries(fields)) {
    if (ALLOWED.has(key as keyof SecurityFields) && value !== undefined) entry[key] = value;
  }
  try {
    sink(JSON.stringify(entry));
  } catch {
    // Logging must never break the request it describes.
  }
}
