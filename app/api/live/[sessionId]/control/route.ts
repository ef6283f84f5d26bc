import { authorize, EDUCATORS } from "@/lib/auth/guards";
import { isJson, jsonError, NO_STORE, REFUSAL_STATUS } from "@/lib/http/responses";
import { readBodyText } from "@/lib/http/read-body";
import { controlLiveSession, type ControlResult } from "@/lib/live/control-mutations";
import { controlSchema, MAX_CONTROL_BODY_BYTES, parseBody } from "@/lib/live/schema";

const STATUS: Record<Extract<ControlResult, { ok: false }>["reason"], number> = {
  "not-found": 404,
  invalid: 400,
  illegal: 409,
  ended: 409,
  stale: 409,
};

// The educator's commands (open, close, reveal, next, end, pause, resume, timer). Refused commands change nothing.
export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const guard = await authorize(EDUCATORS);
  if (!guard.ok) return jsonError(REFUSAL_STATUS[guard.reason], guard.error);
  // Only JSON: a cross-site form can send text/plain or form encodings without a CORS preflight, JSON it cannot.
  if (!isJson(request)) return jsonError(415, "Send the command as application/json.");
  const { sessionId } = await params;
  const body = await readBodyText(request, MAX_CONTROL_BODY_BYTES);
  if (!body.ok) return jsonError(413, `A command must be under ${MAX_CONTROL_BODY_BYTES} bytes.`);
  const parsed = parseBody(controlSchema, body.text, "command");
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.reason === "invalid" ? { fields: parsed.fields } : {});
  const result = await controlLiveSession(guard.user.id, sessionId, parsed.input);
  if (!result.ok) return jsonError(STATUS[result.reason], result.message, { reason: result.reason });
  return Response.json({ version: result.version, phase: result.phase }, { headers: NO_STORE });
}
